<?xml version="1.0" encoding="UTF-8"?>
<!-- English (for documents in other languages) courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="en">
  <lexeme>
    <grapheme>thank you very much</grapheme>
    <alias>thank you very much</alias>
  </lexeme>
  <lexeme>
    <grapheme>thank you so much</grapheme>
    <alias>thank you so much</alias>
  </lexeme>
  <lexeme>
    <grapheme>many thanks</grapheme>
    <alias>many thanks</alias>
  </lexeme>
  <lexeme>
    <grapheme>thank you</grapheme>
    <alias>thank you</alias>
  </lexeme>
  <lexeme>
    <grapheme>good morning</grapheme>
    <alias>good morning</alias>
  </lexeme>
  <lexeme>
    <grapheme>good afternoon</grapheme>
    <alias>good afternoon</alias>
  </lexeme>
  <lexeme>
    <grapheme>good evening</grapheme>
    <alias>good evening</alias>
  </lexeme>
  <lexeme>
    <grapheme>ladies and gentlemen</grapheme>
    <alias>ladies and gentlemen</alias>
  </lexeme>
  <lexeme>
    <grapheme>dear friends</grapheme>
    <alias>dear friends</alias>
  </lexeme>
  <lexeme>
    <grapheme>dear colleagues</grapheme>
    <alias>dear colleagues</alias>
  </lexeme>
  <lexeme>
    <grapheme>welcome</grapheme>
    <alias>welcome</alias>
  </lexeme>
  <lexeme>
    <grapheme>you are welcome</grapheme>
    <alias>you are welcome</alias>
  </lexeme>
  <lexeme>
    <grapheme>goodbye</grapheme>
    <grapheme>good bye</grapheme>
    <alias>goodbye</alias>
  </lexeme>
</lexicon>
