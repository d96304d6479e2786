<?xml version="1.0" encoding="UTF-8"?>
<!-- Portuguese courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="pt">
  <lexeme>
    <grapheme>muito obrigado</grapheme>
    <alias>muito obrigado</alias>
  </lexeme>
  <lexeme>
    <grapheme>muito obrigada</grapheme>
    <alias>muito obrigada</alias>
  </lexeme>
  <lexeme>
    <grapheme>muitíssimo obrigado</grapheme>
    <grapheme>muitissimo obrigado</grapheme>
    <alias>muitíssimo obrigado</alias>
  </lexeme>
  <lexeme>
    <grapheme>obrigado</grapheme>
    <alias>obrigado</alias>
  </lexeme>
  <lexeme>
    <grapheme>obrigada</grapheme>
    <alias>obrigada</alias>
  </lexeme>
  <lexeme>
    <grapheme>bom dia</grapheme>
    <alias>bom dia</alias>
  </lexeme>
  <lexeme>
    <grapheme>boa tarde</grapheme>
    <alias>boa tarde</alias>
  </lexeme>
  <lexeme>
    <grapheme>boa noite</grapheme>
    <alias>boa noite</alias>
  </lexeme>
  <lexeme>
    <grapheme>bem-vindos</grapheme>
    <grapheme>bem vindos</grapheme>
    <alias>bem-vindos</alias>
  </lexeme>
  <lexeme>
    <grapheme>bem-vindas</grapheme>
    <alias>bem-vindas</alias>
  </lexeme>
  <lexeme>
    <grapheme>bem-vindo</grapheme>
    <alias>bem-vindo</alias>
  </lexeme>
  <lexeme>
    <grapheme>bem-vinda</grapheme>
    <alias>bem-vinda</alias>
  </lexeme>
  <lexeme>
    <grapheme>sejam bem-vindos</grapheme>
    <grapheme>sejam bem vindos</grapheme>
    <alias>sejam bem-vindos</alias>
  </lexeme>
  <lexeme>
    <grapheme>até logo</grapheme>
    <grapheme>ate logo</grapheme>
    <alias>até logo</alias>
  </lexeme>
  <lexeme>
    <grapheme>até breve</grapheme>
    <grapheme>ate breve</grapheme>
    <alias>até breve</alias>
  </lexeme>
  <lexeme>
    <grapheme>adeus</grapheme>
    <alias>adeus</alias>
  </lexeme>
  <lexeme>
    <grapheme>tchau</grapheme>
    <alias>tchau</alias>
  </lexeme>
  <lexeme>
    <grapheme>senhoras e senhores</grapheme>
    <alias>senhoras e senhores</alias>
  </lexeme>
  <lexeme>
    <grapheme>minhas senhoras e meus senhores</grapheme>
    <alias>minhas senhoras e meus senhores</alias>
  </lexeme>
  <lexeme>
    <grapheme>caros amigos</grapheme>
    <alias>caros amigos</alias>
  </lexeme>
  <lexeme>
    <grapheme>caros colegas</grapheme>
    <alias>caros colegas</alias>
  </lexeme>
</lexicon>
