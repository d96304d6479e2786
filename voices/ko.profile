# Korean: Hangul; romanized phrases ("kamsahamnida") are spoken from their Hangul alias.

language = ko
voice = ko
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
greeting = 신사 숙녀 여러분, 오늘 이 중요한 날에 저희와 함께 이 자리에 와 주셔서 진심으로 감사드립니다.
