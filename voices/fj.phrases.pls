<?xml version="1.0" encoding="UTF-8"?>
<!-- Fijian courtesy phrases as documents in other languages write them. eSpeak NG 1.51 has
     no Fijian voice: fj.profile has the Swahili voice stand in (see it for why). grapheme: a spelling found
     in documents (matched ignoring case, accents, apostrophes, and spaces or hyphens between
     words); alias: what the voice reads. Only phrases or distinctive single words: never an
     English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="fj">
  <lexeme>
    <grapheme>ni sa bula vinaka</grapheme>
    <alias>ni sa mbula vinaka</alias>
  </lexeme>
  <lexeme>
    <grapheme>ni sa bula</grapheme>
    <alias>ni sa mbula</alias>
  </lexeme>
  <lexeme>
    <grapheme>bula vinaka</grapheme>
    <alias>mbula vinaka</alias>
  </lexeme>
  <lexeme>
    <grapheme>vinaka vakalevu</grapheme>
    <alias>vinaka vakalevu</alias>
  </lexeme>
  <lexeme>
    <grapheme>ni sa moce</grapheme>
    <alias>ni sa modhe</alias>
  </lexeme>
</lexicon>
