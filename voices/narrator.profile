# The narrator: reads the generated introduction (who speaks, where, when).
# A different voice from the speaker's so listeners hear where the address begins.

language = en
role = narrator          # narrator | speaker; omit for a language's only voice
voice = gmw/en-US
variant = f2
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
greeting = Ladies and gentlemen, thank you very much for being here with us today on this important day.
