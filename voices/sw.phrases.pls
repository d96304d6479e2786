<?xml version="1.0" encoding="UTF-8"?>
<!-- Swahili courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="sw">
  <lexeme>
    <grapheme>asante sana</grapheme>
    <grapheme>asanteni sana</grapheme>
    <alias>asante sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>asante</grapheme>
    <grapheme>asanteni</grapheme>
    <alias>asante</alias>
  </lexeme>
  <lexeme>
    <grapheme>karibu sana</grapheme>
    <grapheme>karibuni sana</grapheme>
    <alias>karibu sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>karibu</grapheme>
    <grapheme>karibuni</grapheme>
    <alias>karibu</alias>
  </lexeme>
  <lexeme>
    <grapheme>jambo</grapheme>
    <grapheme>hujambo</grapheme>
    <grapheme>hamjambo</grapheme>
    <alias>jambo</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari za asubuhi</grapheme>
    <grapheme>habari za mchana</grapheme>
    <grapheme>habari za jioni</grapheme>
    <alias>habari za asubuhi</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari gani</grapheme>
    <grapheme>habari yako</grapheme>
    <grapheme>habari zenu</grapheme>
    <alias>habari gani</alias>
  </lexeme>
  <lexeme>
    <grapheme>kwa heri</grapheme>
    <grapheme>kwaheri</grapheme>
    <grapheme>kwa herini</grapheme>
    <grapheme>kwaherini</grapheme>
    <alias>kwa heri</alias>
  </lexeme>
  <lexeme>
    <grapheme>mabibi na mabwana</grapheme>
    <alias>mabibi na mabwana</alias>
  </lexeme>
</lexicon>
