<?xml version="1.0" encoding="UTF-8"?>
<!-- Samoan courtesy phrases as documents in other languages write them. eSpeak NG 1.51 has
     no Samoan voice: sm.profile has the Swahili voice stand in (see it for why). grapheme: a spelling found
     in documents (matched ignoring case, accents, apostrophes, and spaces or hyphens between
     words); alias: what the voice reads. Only phrases or distinctive single words: never an
     English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="sm">
  <lexeme>
    <grapheme>talofa lava</grapheme>
    <alias>talofa lava</alias>
  </lexeme>
  <lexeme>
    <grapheme>talofa</grapheme>
    <alias>talofa</alias>
  </lexeme>
  <lexeme>
    <grapheme>fa'afetai tele lava</grapheme>
    <alias>fa'afetai tele lava</alias>
  </lexeme>
  <lexeme>
    <grapheme>fa'afetai lava</grapheme>
    <alias>fa'afetai lava</alias>
  </lexeme>
  <lexeme>
    <grapheme>fa'afetai</grapheme>
    <alias>fa'afetai</alias>
  </lexeme>
  <lexeme>
    <grapheme>tōfā soifua</grapheme>
    <alias>tōfā soifua</alias>
  </lexeme>
</lexicon>
