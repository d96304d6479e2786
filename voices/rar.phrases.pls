<?xml version="1.0" encoding="UTF-8"?>
<!-- Cook Islands Māori courtesy phrases as documents in other languages write them. eSpeak
     NG 1.51 has no Cook Islands Māori voice and no profile speaks it: these phrases are
     found so that `lectern check` names the language; the document's voice reads them.
     grapheme: a spelling found in documents (matched ignoring case, accents, apostrophes,
     and spaces or hyphens between words); alias: what the voice reads. Only phrases or
     distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="rar">
  <lexeme>
    <grapheme>kia orana</grapheme>
    <alias>kia orana</alias>
  </lexeme>
  <lexeme>
    <grapheme>meitaki maata</grapheme>
    <alias>meitaki maata</alias>
  </lexeme>
  <lexeme>
    <grapheme>meitaki ranuinui</grapheme>
    <alias>meitaki ranuinui</alias>
  </lexeme>
  <lexeme>
    <grapheme>kia manuia</grapheme>
    <alias>kia manuia</alias>
  </lexeme>
</lexicon>
