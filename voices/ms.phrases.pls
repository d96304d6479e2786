<?xml version="1.0" encoding="UTF-8"?>
<!-- Malay courtesy phrases as documents in other languages write them: the Malaysian forms
     only (those Indonesian shares are in id.phrases.pls). grapheme: a spelling found in
     documents (matched ignoring case, accents, apostrophes, and spaces or hyphens between
     words); alias: what the voice reads. Only phrases or distinctive single words: never an
     English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="ms">
  <lexeme>
    <grapheme>selamat petang</grapheme>
    <alias>selamat petang</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat tengah hari</grapheme>
    <alias>selamat tengah hari</alias>
  </lexeme>
  <lexeme>
    <grapheme>apa khabar</grapheme>
    <alias>apa khabar</alias>
  </lexeme>
  <lexeme>
    <grapheme>tuan-tuan dan puan-puan</grapheme>
    <grapheme>tuan tuan dan puan puan</grapheme>
    <alias>tuan-tuan dan puan-puan</alias>
  </lexeme>
  <lexeme>
    <grapheme>selamat hari raya aidilfitri</grapheme>
    <alias>selamat hari raya aidilfitri</alias>
  </lexeme>
  <lexeme>
    <grapheme>maaf zahir dan batin</grapheme>
    <alias>maaf zahir dan batin</alias>
  </lexeme>
</lexicon>
