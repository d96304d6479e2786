<?xml version="1.0" encoding="UTF-8"?>
<!-- German courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="de">
  <lexeme>
    <grapheme>danke schön</grapheme>
    <grapheme>danke schoen</grapheme>
    <grapheme>dankeschön</grapheme>
    <grapheme>dankeschoen</grapheme>
    <grapheme>danke schon</grapheme>
    <alias>danke schön</alias>
  </lexeme>
  <lexeme>
    <grapheme>danke sehr</grapheme>
    <grapheme>vielen dank</grapheme>
    <grapheme>vielen herzlichen dank</grapheme>
    <grapheme>herzlichen dank</grapheme>
    <grapheme>besten dank</grapheme>
    <grapheme>danke vielmals</grapheme>
    <alias>danke sehr</alias>
  </lexeme>
  <lexeme>
    <grapheme>danke</grapheme>
    <alias>danke</alias>
  </lexeme>
  <lexeme>
    <grapheme>guten morgen</grapheme>
    <alias>guten morgen</alias>
  </lexeme>
  <lexeme>
    <grapheme>guten tag</grapheme>
    <alias>guten tag</alias>
  </lexeme>
  <lexeme>
    <grapheme>guten abend</grapheme>
    <alias>guten abend</alias>
  </lexeme>
  <lexeme>
    <grapheme>herzlich willkommen</grapheme>
    <grapheme>willkommen</grapheme>
    <alias>herzlich willkommen</alias>
  </lexeme>
  <lexeme>
    <grapheme>auf wiedersehen</grapheme>
    <grapheme>auf wiedersehn</grapheme>
    <alias>auf wiedersehen</alias>
  </lexeme>
  <lexeme>
    <grapheme>meine damen und herren</grapheme>
    <grapheme>sehr geehrte damen und herren</grapheme>
    <alias>meine damen und herren</alias>
  </lexeme>
  <lexeme>
    <grapheme>liebe kolleginnen und kollegen</grapheme>
    <grapheme>liebe freunde</grapheme>
    <alias>liebe kolleginnen und kollegen</alias>
  </lexeme>
  <lexeme>
    <grapheme>grüß gott</grapheme>
    <grapheme>gruss gott</grapheme>
    <grapheme>gruess gott</grapheme>
    <grapheme>grüss gott</grapheme>
    <alias>grüß gott</alias>
  </lexeme>
  <lexeme>
    <grapheme>tschüss</grapheme>
    <grapheme>tschuess</grapheme>
    <grapheme>tschüs</grapheme>
    <grapheme>tschues</grapheme>
    <alias>tschüss</alias>
  </lexeme>
  <lexeme>
    <grapheme>bitte schön</grapheme>
    <grapheme>bitte schoen</grapheme>
    <grapheme>bitte sehr</grapheme>
    <alias>bitte schön</alias>
  </lexeme>
</lexicon>
