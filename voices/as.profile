# Assamese: Assamese sentences (Bengali script; text in it is Bengali by default,
# languages.conf).

language = as
script = bengali      # the scripts its text is written in
voice = inc/as
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
greeting = সন্মানীয় অতিথিসকল, আজিৰ এই গুৰুত্বপূৰ্ণ দিনটোত আমাৰ সৈতে উপস্থিত থকাৰ বাবে আপোনালোক সকলোকে আন্তৰিক ধন্যবাদ জনাইছোঁ।
