<?xml version="1.0" encoding="UTF-8"?>
<!-- Italian courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="it">
  <lexeme>
    <grapheme>grazie mille</grapheme>
    <grapheme>mille grazie</grapheme>
    <grapheme>molte grazie</grapheme>
    <grapheme>grazie tante</grapheme>
    <grapheme>grazie di cuore</grapheme>
    <alias>grazie mille</alias>
  </lexeme>
  <lexeme>
    <grapheme>grazie</grapheme>
    <grapheme>grazie a tutti</grapheme>
    <alias>grazie</alias>
  </lexeme>
  <lexeme>
    <grapheme>buongiorno</grapheme>
    <grapheme>buon giorno</grapheme>
    <grapheme>buongiorno a tutti</grapheme>
    <alias>buongiorno</alias>
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
    <grapheme>benvenute</grapheme>
    <grapheme>benvenuto</grapheme>
    <grapheme>benvenuta</grapheme>
    <alias>benvenuti</alias>
  </lexeme>
  <lexeme>
    <grapheme>arrivederci</grapheme>
    <grapheme>arrivederla</grapheme>
    <alias>arrivederci</alias>
  </lexeme>
  <lexeme>
    <grapheme>signore e signori</grapheme>
    <alias>signore e signori</alias>
  </lexeme>
  <lexeme>
    <grapheme>cari amici</grapheme>
    <grapheme>cari colleghi</grapheme>
    <grapheme>care colleghe</grapheme>
    <alias>cari amici</alias>
  </lexeme>
</lexicon>
