<?xml version="1.0" encoding="UTF-8"?>
<!-- Tongan courtesy phrases as documents in other languages write them. eSpeak NG 1.51 has
     no Tongan voice and no profile speaks it: these phrases are found so that `lectern
     check` names the language; the document's voice reads them. grapheme: a spelling found
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
    <alias>mālō ʻaupito</alias>
  </lexeme>
  <lexeme>
    <grapheme>ʻofa atu</grapheme>
    <alias>ʻofa atu</alias>
  </lexeme>
</lexicon>
