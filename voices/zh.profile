# Mandarin Chinese: Han characters (languages.conf: han = zh) and pinyin. The voice
# sit/cmn-Latn-pinyin reads Han characters as Mandarin with the right tones and 3-3 tone
# sandhi (你好 → n'i35 X'Au21), and pinyin with tone marks or numbers (xie4 xie4 → S;'iE51).
# Debian's `cmn` voice does not: it turns Han into pinyin read with English rules.

language = zh
voice = sit/cmn-Latn-pinyin
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
greeting = 女士们，先生们，非常感谢大家今天在这个重要的日子里与我们相聚在这里。
