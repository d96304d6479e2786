<?xml version="1.0" encoding="UTF-8"?>
<!-- Korean (aliases in Hangul: eSpeak NG's ko voice reads Hangul) courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="ko">
  <lexeme>
    <grapheme>jeongmal gamsahamnida</grapheme>
    <grapheme>chongmal kamsahamnida</grapheme>
    <grapheme>jeongmal kamsahamnida</grapheme>
    <alias>정말 감사합니다</alias>
  </lexeme>
  <lexeme>
    <grapheme>kamsahamnida</grapheme>
    <grapheme>gamsahamnida</grapheme>
    <grapheme>kamsa hamnida</grapheme>
    <grapheme>gamsa hamnida</grapheme>
    <grapheme>kamsahapnida</grapheme>
    <grapheme>gamsahabnida</grapheme>
    <grapheme>kamsahabnida</grapheme>
    <alias>감사합니다</alias>
  </lexeme>
  <lexeme>
    <grapheme>komapsumnida</grapheme>
    <grapheme>gomapseumnida</grapheme>
    <grapheme>gomapsumnida</grapheme>
    <grapheme>komapseumnida</grapheme>
    <alias>고맙습니다</alias>
  </lexeme>
  <lexeme>
    <grapheme>annyeonghaseyo</grapheme>
    <grapheme>annyeong haseyo</grapheme>
    <grapheme>anyonghaseyo</grapheme>
    <grapheme>annyong haseyo</grapheme>
    <grapheme>annyeonghasaeyo</grapheme>
    <alias>안녕하세요</alias>
  </lexeme>
  <lexeme>
    <grapheme>annyeonghasimnikka</grapheme>
    <grapheme>annyeong hasimnikka</grapheme>
    <grapheme>anyonghasimnikka</grapheme>
    <alias>안녕하십니까</alias>
  </lexeme>
  <lexeme>
    <grapheme>hwanyeonghamnida</grapheme>
    <grapheme>hwanyoung hamnida</grapheme>
    <grapheme>hwanyeong hamnida</grapheme>
    <alias>환영합니다</alias>
  </lexeme>
  <lexeme>
    <grapheme>annyeonghi gaseyo</grapheme>
    <grapheme>annyonghi kaseyo</grapheme>
    <alias>안녕히 가세요</alias>
  </lexeme>
  <lexeme>
    <grapheme>annyeonghi gyeseyo</grapheme>
    <grapheme>annyonghi kyeseyo</grapheme>
    <grapheme>annyeonghi gyesaeyo</grapheme>
    <alias>안녕히 계세요</alias>
  </lexeme>
</lexicon>
