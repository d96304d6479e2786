<?xml version="1.0" encoding="UTF-8"?>
<!-- Indonesian courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="id">
  <lexeme>
    <grapheme>terima kasih banyak</grapheme>
    <grapheme>terimakasih banyak</grapheme>
    <alias>terima kasih banyak</alias>
  </lexeme>
  <lexeme>
    <grapheme>terima kasih banyak-banyak</grapheme>
    <alias>terima kasih banyak-banyak</alias>
  </lexeme>
  <lexeme>
    <grapheme>terima kasih</grapheme>
    <grapheme>terimakasih</grapheme>
    <alias>terima kasih</alias>
  </lexeme>
  <lexeme>
    <grapheme>trima kasih</grapheme>
    <alias>trima kasih</alias>
  </lexeme>
  <lexeme>
    <grapheme>makasih</grapheme>
    <alias>makasih</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat pagi</grapheme>
    <alias>selamat pagi</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat siang</grapheme>
    <alias>selamat siang</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat sore</grapheme>
    <alias>selamat sore</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat malam</grapheme>
    <alias>selamat malam</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat datang</grapheme>
    <alias>selamat datang</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat tinggal</grapheme>
    <alias>selamat tinggal</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat jalan</grapheme>
    <alias>selamat jalan</alias>
  </lexeme>
  <lexeme>
    <grapheme>bapak-bapak dan ibu-ibu</grapheme>
    <alias>bapak-bapak dan ibu-ibu</alias>
  </lexeme>
  <lexeme>
    <grapheme>bapak bapak ibu ibu</grapheme>
    <alias>bapak bapak ibu ibu</alias>
  </lexeme>
  <lexeme>
    <grapheme>bapak dan ibu sekalian</grapheme>
    <alias>bapak dan ibu sekalian</alias>
  </lexeme>
  <lexeme>
    <grapheme>apa kabar</grapheme>
    <alias>apa kabar</alias>
  </lexeme>
  <lexeme>
    <grapheme>sama-sama</grapheme>
    <grapheme>sama sama</grapheme>
    <alias>sama-sama</alias>
  </lexeme>
</lexicon>
