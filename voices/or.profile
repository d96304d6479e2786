# Odia: Odia script.

language = or
script = oriya        # the scripts its text is written in
voice = inc/or
variant =             # empty: the voice's own
rate = 150            # words per minute, 80–450
pitch = 50            # 0–100
range = 50            # pitch range, 0–100
volume = 100          # 0–200
word-gap = 0          # extra pause between words, 10 ms units
pause-utterance = 350 # ms after each utterance
pause-paragraph = 900 # ms after each paragraph
pause-part = 1500     # ms after each part
# said by `lectern voices` to check the voice; tests check it is identified as this
# language and spoken by this voice
greeting = ସମ୍ମାନିତ ଅତିଥିମାନେ, ଆଜି ଏହି ଗୁରୁତ୍ୱପୂର୍ଣ୍ଣ ଦିନରେ ଆମ ସହିତ ଏଠାରେ ଉପସ୍ଥିତ ରହିଥିବାରୁ ଆପଣମାନଙ୍କୁ ହାର୍ଦ୍ଦିକ ଧନ୍ୟବାଦ।
