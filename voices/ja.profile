# Japanese: kana (and kanji next to kana); romanized phrases ("arigatō gozaimasu")
# are spoken from their kana alias. eSpeak's ja voice has no kanji dictionary: kanji
# standing alone are Han and go to the han language of languages.conf; it reads kanji
# as "Chinese letter", so its greeting is in kana.

language = ja
voice = jpx/ja
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
greeting = みなさま、きょうは この たいせつな ひに わたしたちと いっしょに きて くださって、ほんとうに ありがとうございます。
