# Mandarin Chinese, from pinyin. Debian's eSpeak NG lacks the large Mandarin dictionary:
# the cmn voice reads Han characters as pinyin with the English voice ("ni three").
# The cmn-Latn-pinyin voice reads pinyin with tone marks or numbers correctly
# ("xie4 xie4" → S;'iE51), so Mandarin phrases are spoken from numbered-pinyin aliases
# and Han characters go to Cantonese (yue.profile, languages.conf).

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
