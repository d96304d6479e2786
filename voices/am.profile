# Amharic: Ethiopic-script text and transliterated greetings ("Ameseginalehu" → "አመሰግናለሁ").
# eSpeak NG reads only Ethiopic script with Amharic rules.

language = am
voice = sem/am
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
greeting = ክቡራትና ክቡራን፣ ዛሬ በዚህ ታላቅ ቀን ከእኛ ጋር ስለተገኛችሁ ከልብ እናመሰግናለን።
