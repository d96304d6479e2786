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
    <grapheme>danke schon</grapheme>
    <grapheme>dankeschön</grapheme>
    <grapheme>dankeschoen</grapheme>
    <alias>danke schön</alias>
  </lexeme>
  <lexeme>
    <grapheme>danke sehr</grapheme>
    <alias>danke sehr</alias>
  </lexeme>
  <lexeme>
    <grapheme>vielen dank</grapheme>
    <alias>vielen dank</alias>
  </lexeme>
  <lexeme>
    <grapheme>vielen herzlichen dank</grapheme>
    <alias>vielen herzlichen dank</alias>
  </lexeme>
  <lexeme>
    <grapheme>herzlichen dank</grapheme>
    <alias>herzlichen dank</alias>
  </lexeme>
  <lexeme>
    <grapheme>besten dank</grapheme>
    <alias>besten dank</alias>
  </lexeme>
  <lexeme>
    <grapheme>danke vielmals</grapheme>
    <alias>danke vielmals</alias>
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
    <alias>herzlich willkommen</alias>
  </lexeme>
  <lexeme>
    <grapheme>willkommen</grapheme>
    <alias>willkommen</alias>
  </lexeme>
  <lexeme>
    <grapheme>auf wiedersehen</grapheme>
    <alias>auf wiedersehen</alias>
  </lexeme>
  <lexeme>
    <grapheme>auf wiedersehn</grapheme>
    <alias>auf wiedersehn</alias>
  </lexeme>
  <lexeme>
    <grapheme>meine damen und herren</grapheme>
    <alias>meine damen und herren</alias>
  </lexeme>
  <lexeme>
    <grapheme>sehr geehrte damen und herren</grapheme>
    <alias>sehr geehrte damen und herren</alias>
  </lexeme>
  <lexeme>
    <grapheme>liebe kolleginnen und kollegen</grapheme>
    <alias>liebe kolleginnen und kollegen</alias>
  </lexeme>
  <lexeme>
    <grapheme>liebe freunde</grapheme>
    <alias>liebe freunde</alias>
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
    <alias>tschüss</alias>
  </lexeme>
  <lexeme>
    <grapheme>tschüs</grapheme>
    <grapheme>tschues</grapheme>
    <alias>tschüs</alias>
  </lexeme>
  <lexeme>
    <grapheme>bitte schön</grapheme>
    <grapheme>bitte schoen</grapheme>
    <alias>bitte schön</alias>
  </lexeme>
  <lexeme>
    <grapheme>bitte sehr</grapheme>
    <alias>bitte sehr</alias>
  </lexeme>
</lexicon>
