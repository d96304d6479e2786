<?xml version="1.0" encoding="UTF-8"?>
<!-- Palauan courtesy phrases as documents in other languages write them. eSpeak NG 1.51 has
     no Palauan voice: pau.profile has the Swahili voice stand in (see it for why). grapheme: a spelling found
     in documents (matched ignoring case, accents, apostrophes, and spaces or hyphens between
     words); alias: what the voice reads. Only phrases or distinctive single words: never an
     English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="pau">
  <lexeme>
    <grapheme>ungil tutau</grapheme>
    <alias>ungil tutau</alias>
  </lexeme>
  <lexeme>
    <grapheme>ungil sueleb</grapheme>
    <alias>ungil sueleb</alias>
  </lexeme>
  <lexeme>
    <grapheme>ungil kebesengei</grapheme>
    <alias>ungil kebesengei</alias>
  </lexeme>
  <lexeme>
    <grapheme>mesulang</grapheme>
    <alias>mesulang</alias>
  </lexeme>
  <lexeme>
    <grapheme>kom kmal mesulang</grapheme>
    <alias>kom kmal mesulang</alias>
  </lexeme>
</lexicon>
