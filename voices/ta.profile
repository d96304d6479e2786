# Tamil: Tamil script; "Vanakkam", "Nandri" (aliases in Tamil script).

language = ta
script = tamil        # the scripts its text is written in
voice = dra/ta
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
greeting = மதிப்பிற்குரிய விருந்தினர்களே, இன்று இந்த முக்கியமான நாளில் எங்களுடன் இங்கு வந்திருப்பதற்கு உங்கள் அனைவருக்கும் மனமார்ந்த நன்றி.
