# The narrator of French documents: reads the generated introduction, worded in French
# (voices/fr.language, [intro]). A female variant of the speaker's voice, so listeners hear
# where the address begins; f3 gives the same samples whatever the environment (f2 does not).

language = fr
role = narrator
voice = roa/fr
variant = f3
rate = 165            # words per minute, 80–450
pitch = 55            # 0–100
range = 50            # pitch range, 0–100
volume = 100          # 0–200
word-gap = 0          # extra pause between words, 10 ms units
pause-utterance = 350 # ms after each utterance
pause-paragraph = 900 # ms after each paragraph
pause-part = 1500     # ms after each part
# said by `lectern voices` to check the voice; tests check it is identified as this
# language and spoken by this voice
greeting = Mesdames et Messieurs, je vous remercie vivement d'être ici avec nous aujourd'hui en ce jour si important.
