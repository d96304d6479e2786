# Cantonese: reads Han characters correctly (謝謝 → z'e6 z'e6). Han text goes to this
# profile when languages.conf says han = yue (Mandarin, zh, by default).

language = yue
voice = sit/yue
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
greeting = 各位來賓，多謝大家今日嚟到呢度同我哋一齊慶祝呢個重要嘅日子。
