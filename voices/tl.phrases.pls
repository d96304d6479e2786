<?xml version="1.0" encoding="UTF-8"?>
<!-- Tagalog courtesy phrases as documents in other languages write them. eSpeak NG 1.51 has
     no Tagalog voice: tl.profile has the Swahili voice stand in (see it for why). grapheme: a spelling found
     in documents (matched ignoring case, accents, apostrophes, and spaces or hyphens between
     words); alias: what the voice reads. Only phrases or distinctive single words: never an
     English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="tl">
  <lexeme>
    <grapheme>kumusta</grapheme>
    <alias>kumusta</alias>
  </lexeme>
  <lexeme>
    <grapheme>kamusta</grapheme>
    <alias>kamusta</alias>
  </lexeme>
  <lexeme>
    <grapheme>magandang umaga</grapheme>
    <alias>magandang umaga</alias>
  </lexeme>
  <lexeme>
    <grapheme>magandang hapon</grapheme>
    <alias>magandang hapon</alias>
  </lexeme>
  <lexeme>
    <grapheme>magandang gabi</grapheme>
    <alias>magandang gabi</alias>
  </lexeme>
  <lexeme>
    <grapheme>maraming salamat</grapheme>
    <alias>maraming salamat</alias>
  </lexeme>
  <lexeme>
    <grapheme>salamat po</grapheme>
    <alias>salamat po</alias>
  </lexeme>
  <lexeme>
    <grapheme>maligayang pagdating</grapheme>
    <alias>maligayang pagdating</alias>
  </lexeme>
  <lexeme>
    <grapheme>mabuhay</grapheme>
    <alias>mabuhay</alias>
  </lexeme>
</lexicon>
