<?xml version="1.0" encoding="UTF-8"?>
<!-- Palauan courtesy phrases as documents in other languages write them. eSpeak NG 1.51 has
     no Palauan voice and no profile speaks it: these phrases are found so that `lectern
     check` names the language; the document's voice reads them. grapheme: a spelling found
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
