# Haitian Creole: mèsi anpil, "bonjou".

language = ht
voice = roa/ht
variant =             # empty: the voice's own
rate = 160            # words per minute, 80–450
pitch = 50            # 0–100
range = 50            # pitch range, 0–100
volume = 100          # 0–200
word-gap = 0          # extra pause between words, 10 ms units
pause-utterance = 350 # ms after each utterance
pause-paragraph = 900 # ms after each paragraph
pause-part = 1500     # ms after each part
# said by `lectern voices` to check the voice; tests check it is identified as this
# language and spoken by this voice
greeting = Mesye dam, mèsi anpil paske nou vini la jodi a pou nou fete gwo jou sa a ansanm avèk nou.
