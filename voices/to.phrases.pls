<?xml version="1.0" encoding="UTF-8"?>
<!-- Tongan courtesy phrases as documents in other languages write them. eSpeak NG 1.51 has
     no Tongan voice: to.profile has the Swahili voice stand in (see it for why). grapheme: a spelling found
     in documents (matched ignoring case, accents, apostrophes, and spaces or hyphens between
     words); alias: what the voice reads. Only phrases or distinctive single words: never an
     English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="to">
  <lexeme>
    <grapheme>mālō e lelei</grapheme>
    <alias>mālō e lelei</alias>
  </lexeme>
  <lexeme>
    <grapheme>mālō ʻaupito</grapheme>
    <alias>mālō aupito</alias>
  </lexeme>
  <lexeme>
    <grapheme>ʻofa atu</grapheme>
    <alias>ofa atu</alias>
  </lexeme>
</lexicon>
