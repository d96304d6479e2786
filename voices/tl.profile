# Tagalog: "kumusta", "maraming salamat". eSpeak NG 1.51 has no Tagalog voice. The Swahili voice stands in: it speaks every
# letter of a Latin spelling with five pure vowels and stress on the next-to-last syllable, as
# Tagalog does, where the English voice reads the phrase with English vowels ("tal-OH-fuh").

language = tl
voice = bnt/sw
stand-in = yes        # `check` says Swahili's voice reads it
variant =             # empty: the voice's own
rate = 155            # words per minute, 80–450
pitch = 50            # 0–100
range = 50            # pitch range, 0–100
volume = 100          # 0–200
word-gap = 0          # extra pause between words, 10 ms units
pause-utterance = 350 # ms after each utterance
pause-paragraph = 900 # ms after each paragraph
pause-part = 1500     # ms after each part
# said by `lectern voices` to check the voice; tests check it is identified as this
# language and spoken by this voice
greeting = Mga kababaihan at mga ginoo, maraming salamat sa inyong pagdalo rito ngayong araw na napakahalaga para sa ating lahat.
