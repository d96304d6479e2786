# Bengali: Bengali script; "Dhonnobad", "Shubho Noboborsho" (aliases in Bengali script).

language = bn
script = bengali      # the scripts its text is written in
voice = inc/bn
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
greeting = সম্মানিত অতিথিবৃন্দ, আজ এই গুরুত্বপূর্ণ দিনে আমাদের সঙ্গে উপস্থিত থাকার জন্য আপনাদের সবাইকে আন্তরিক ধন্যবাদ জানাই।
