<?xml version="1.0" encoding="UTF-8"?>
<!-- Turkish courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="tr">
  <lexeme>
    <grapheme>çok teşekkür ederim</grapheme>
    <grapheme>cok tesekkur ederim</grapheme>
    <alias>çok teşekkür ederim</alias>
  </lexeme>
  <lexeme>
    <grapheme>çok teşekkür ederiz</grapheme>
    <grapheme>cok tesekkur ederiz</grapheme>
    <alias>çok teşekkür ederiz</alias>
  </lexeme>
  <lexeme>
    <grapheme>teşekkür ederim</grapheme>
    <grapheme>tesekkur ederim</grapheme>
    <alias>teşekkür ederim</alias>
  </lexeme>
  <lexeme>
    <grapheme>teşekkür ederiz</grapheme>
    <grapheme>tesekkur ederiz</grapheme>
    <alias>teşekkür ederiz</alias>
  </lexeme>
  <lexeme>
    <grapheme>çok teşekkürler</grapheme>
    <grapheme>cok tesekkurler</grapheme>
    <alias>çok teşekkürler</alias>
  </lexeme>
  <lexeme>
    <grapheme>teşekkürler</grapheme>
    <grapheme>tesekkurler</grapheme>
    <alias>teşekkürler</alias>
  </lexeme>
  <lexeme>
    <grapheme>sağ olun</grapheme>
    <grapheme>sag olun</grapheme>
    <grapheme>sagolun</grapheme>
    <alias>sağ olun</alias>
  </lexeme>
  <lexeme>
    <grapheme>merhaba</grapheme>
    <alias>merhaba</alias>
  </lexeme>
  <lexeme>
    <grapheme>merhabalar</grapheme>
    <alias>merhabalar</alias>
  </lexeme>
  <lexeme>
    <grapheme>günaydın</grapheme>
    <grapheme>gunaydin</grapheme>
    <alias>günaydın</alias>
  </lexeme>
  <lexeme>
    <grapheme>iyi günler</grapheme>
    <grapheme>iyi gunler</grapheme>
    <alias>iyi günler</alias>
  </lexeme>
  <lexeme>
    <grapheme>iyi akşamlar</grapheme>
    <grapheme>iyi aksamlar</grapheme>
    <alias>iyi akşamlar</alias>
  </lexeme>
  <lexeme>
    <grapheme>hoş geldiniz</grapheme>
    <grapheme>hos geldiniz</grapheme>
    <grapheme>hoşgeldiniz</grapheme>
    <grapheme>hosgeldiniz</grapheme>
    <alias>hoş geldiniz</alias>
  </lexeme>
  <lexeme>
    <grapheme>hoşça kalın</grapheme>
    <grapheme>hosca kalin</grapheme>
    <grapheme>hoşçakalın</grapheme>
    <alias>hoşça kalın</alias>
  </lexeme>
  <lexeme>
    <grapheme>değerli misafirler</grapheme>
    <grapheme>degerli misafirler</grapheme>
    <alias>değerli misafirler</alias>
  </lexeme>
  <lexeme>
    <grapheme>sayın misafirler</grapheme>
    <grapheme>sayin misafirler</grapheme>
    <alias>sayın misafirler</alias>
  </lexeme>
</lexicon>
