<?xml version="1.0" encoding="UTF-8"?>
<!-- Italian courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="it">
  <lexeme>
    <grapheme>grazie mille</grapheme>
    <alias>grazie mille</alias>
  </lexeme>
  <lexeme>
    <grapheme>mille grazie</grapheme>
    <alias>mille grazie</alias>
  </lexeme>
  <lexeme>
    <grapheme>molte grazie</grapheme>
    <alias>molte grazie</alias>
  </lexeme>
  <lexeme>
    <grapheme>grazie tante</grapheme>
    <alias>grazie tante</alias>
  </lexeme>
  <lexeme>
    <grapheme>grazie di cuore</grapheme>
    <alias>grazie di cuore</alias>
  </lexeme>
  <lexeme>
    <grapheme>grazie</grapheme>
    <alias>grazie</alias>
  </lexeme>
  <lexeme>
    <grapheme>grazie a tutti</grapheme>
    <alias>grazie a tutti</alias>
  </lexeme>
  <lexeme>
    <grapheme>buongiorno</grapheme>
    <grapheme>buon giorno</grapheme>
    <alias>buongiorno</alias>
  </lexeme>
  <lexeme>
    <grapheme>buongiorno a tutti</grapheme>
    <alias>buongiorno a tutti</alias>
  </lexeme>
  <lexeme>
    <grapheme>buonasera</grapheme>
    <grapheme>buona sera</grapheme>
    <alias>buonasera</alias>
  </lexeme>
  <lexeme>
    <grapheme>buonanotte</grapheme>
    <grapheme>buona notte</grapheme>
    <alias>buonanotte</alias>
  </lexeme>
  <lexeme>
    <grapheme>benvenuti</grapheme>
    <alias>benvenuti</alias>
  </lexeme>
  <lexeme>
    <grapheme>benvenute</grapheme>
    <alias>benvenute</alias>
  </lexeme>
  <lexeme>
    <grapheme>benvenuto</grapheme>
    <alias>benvenuto</alias>
  </lexeme>
  <lexeme>
    <grapheme>benvenuta</grapheme>
    <alias>benvenuta</alias>
  </lexeme>
  <lexeme>
    <grapheme>arrivederci</grapheme>
    <alias>arrivederci</alias>
  </lexeme>
  <lexeme>
    <grapheme>arrivederla</grapheme>
    <alias>arrivederla</alias>
  </lexeme>
  <lexeme>
    <grapheme>signore e signori</grapheme>
    <alias>signore e signori</alias>
  </lexeme>
  <lexeme>
    <grapheme>cari amici</grapheme>
    <alias>cari amici</alias>
  </lexeme>
  <lexeme>
    <grapheme>cari colleghi</grapheme>
    <alias>cari colleghi</alias>
  </lexeme>
  <lexeme>
    <grapheme>care colleghe</grapheme>
    <alias>care colleghe</alias>
  </lexeme>
</lexicon>
