<?xml version="1.0" encoding="UTF-8"?>
<!-- Hindi (aliases in Devanagari: eSpeak NG's hi voice reads Devanagari) courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="hi">
  <lexeme>
    <grapheme>namaste</grapheme>
    <grapheme>namastē</grapheme>
    <grapheme>namasthe</grapheme>
    <grapheme>namastey</grapheme>
    <alias>नमस्ते</alias>
  </lexeme>
  <lexeme>
    <grapheme>namaskar</grapheme>
    <grapheme>namaskār</grapheme>
    <grapheme>namaskaar</grapheme>
    <alias>नमस्कार</alias>
  </lexeme>
  <lexeme>
    <grapheme>bahut dhanyavaad</grapheme>
    <grapheme>bahut dhanyavad</grapheme>
    <grapheme>bahut dhanyawad</grapheme>
    <grapheme>bahut dhanyavād</grapheme>
    <alias>बहुत धन्यवाद</alias>
  </lexeme>
  <lexeme>
    <grapheme>dhanyavaad</grapheme>
    <grapheme>dhanyavad</grapheme>
    <grapheme>dhanyawad</grapheme>
    <grapheme>dhanyawaad</grapheme>
    <grapheme>dhanyavād</grapheme>
    <alias>धन्यवाद</alias>
  </lexeme>
  <lexeme>
    <grapheme>bahut shukriya</grapheme>
    <grapheme>bahut shukria</grapheme>
    <alias>बहुत शुक्रिया</alias>
  </lexeme>
  <lexeme>
    <grapheme>shukriya</grapheme>
    <grapheme>shukria</grapheme>
    <alias>शुक्रिया</alias>
  </lexeme>
  <lexeme>
    <grapheme>aapka swagat hai</grapheme>
    <grapheme>apka swagat hai</grapheme>
    <grapheme>aap ka swagat hai</grapheme>
    <alias>आपका स्वागत है</alias>
  </lexeme>
  <lexeme>
    <grapheme>swagat hai</grapheme>
    <grapheme>swaagat hai</grapheme>
    <grapheme>svagat hai</grapheme>
    <alias>स्वागत है</alias>
  </lexeme>
  <lexeme>
    <grapheme>phir milenge</grapheme>
    <alias>फिर मिलेंगे</alias>
  </lexeme>
  <lexeme>
    <grapheme>jai hind</grapheme>
    <alias>जय हिन्द</alias>
  </lexeme>
  <lexeme>
    <grapheme>bharat mata ki jai</grapheme>
    <grapheme>bharat maata ki jai</grapheme>
    <grapheme>bharat mata ki jay</grapheme>
    <alias>भारत माता की जय</alias>
  </lexeme>
  <lexeme>
    <grapheme>vande mataram</grapheme>
    <grapheme>bande mataram</grapheme>
    <grapheme>vande maataram</grapheme>
    <alias>वन्दे मातरम्</alias>
  </lexeme>
</lexicon>
