# Russian: Cyrillic text, Russian phrases ("Bolshoye Spasibo" → "Большое спасибо"), and the
# body of Cyrillic documents. The ru voice file sets speed 95; rate here overrides it.

language = ru
voice = zle/ru
variant =             # empty: the voice's own
rate = 160            # words per minute, 80–450
pitch = 45            # 0–100
range = 50            # pitch range, 0–100
volume = 100          # 0–200
word-gap = 0          # extra pause between words, 10 ms units
pause-utterance = 350 # ms after each utterance
pause-paragraph = 900 # ms after each paragraph
pause-part = 1500     # ms after each part
# said by `lectern voices` to check the voice; tests check it is identified as this
# language and spoken by this voice
greeting = Дамы и господа, большое спасибо за то, что вы сегодня здесь вместе с нами в этот важный день.
