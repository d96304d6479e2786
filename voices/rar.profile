# Cook Islands Māori: "kia orana", "meitaki maata". eSpeak NG 1.51 has no Cook Islands Māori voice. The Swahili voice stands in: it speaks every
# letter of a Latin spelling with five pure vowels and stress on the next-to-last syllable, as
# Cook Islands Māori does, where the English voice reads the phrase with English vowels ("tal-OH-fuh").

language = rar
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
greeting = Kia orana kotou katoatoa, meitaki maata no to kotou tae mai ki konei i teia ra puapinga.
