<?xml version="1.0" encoding="UTF-8"?>
<!-- Māori courtesy phrases as documents in other languages write them (New Zealand addresses
     open and close with them). Aliases restore the macrons eSpeak NG reads. grapheme: a
     spelling found in documents (matched ignoring case, accents, apostrophes, and spaces or
     hyphens between words); alias: what the voice reads. Only phrases or distinctive single
     words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="mi">
  <lexeme>
    <grapheme>kia ora</grapheme>
    <alias>kia ora</alias>
  </lexeme>
  <lexeme>
    <grapheme>kia ora koutou</grapheme>
    <alias>kia ora koutou</alias>
  </lexeme>
  <lexeme>
    <grapheme>kia ora tātou</grapheme>
    <alias>kia ora tātou</alias>
  </lexeme>
  <lexeme>
    <grapheme>kia ora koutou katoa</grapheme>
    <alias>kia ora koutou katoa</alias>
  </lexeme>
  <lexeme>
    <grapheme>kia ora tātou katoa</grapheme>
    <alias>kia ora tātou katoa</alias>
  </lexeme>
  <lexeme>
    <grapheme>tēnā koe</grapheme>
    <alias>tēnā koe</alias>
  </lexeme>
  <lexeme>
    <grapheme>tēnā kōrua</grapheme>
    <alias>tēnā kōrua</alias>
  </lexeme>
  <lexeme>
    <grapheme>tēnā koutou</grapheme>
    <alias>tēnā koutou</alias>
  </lexeme>
  <lexeme>
    <grapheme>tēnā koutou katoa</grapheme>
    <alias>tēnā koutou katoa</alias>
  </lexeme>
  <lexeme>
    <grapheme>tēnā tātou katoa</grapheme>
    <alias>tēnā tātou katoa</alias>
  </lexeme>
  <lexeme>
    <grapheme>nau mai haere mai</grapheme>
    <alias>nau mai haere mai</alias>
  </lexeme>
  <lexeme>
    <grapheme>nau mai</grapheme>
    <alias>nau mai</alias>
  </lexeme>
  <lexeme>
    <grapheme>haere mai</grapheme>
    <alias>haere mai</alias>
  </lexeme>
  <lexeme>
    <grapheme>haere rā</grapheme>
    <alias>haere rā</alias>
  </lexeme>
  <lexeme>
    <grapheme>ngā mihi</grapheme>
    <alias>ngā mihi</alias>
  </lexeme>
  <lexeme>
    <grapheme>ngā mihi nui</grapheme>
    <alias>ngā mihi nui</alias>
  </lexeme>
  <lexeme>
    <grapheme>ngā mihi mahana</grapheme>
    <alias>ngā mihi mahana</alias>
  </lexeme>
  <lexeme>
    <grapheme>mauri ora</grapheme>
    <alias>mauri ora</alias>
  </lexeme>
  <lexeme>
    <grapheme>nō reira</grapheme>
    <alias>nō reira</alias>
  </lexeme>
  <lexeme>
    <grapheme>ka kite anō</grapheme>
    <alias>ka kite anō</alias>
  </lexeme>
  <lexeme>
    <grapheme>hei konā rā</grapheme>
    <alias>hei konā rā</alias>
  </lexeme>
  <lexeme>
    <grapheme>noho ora mai</grapheme>
    <alias>noho ora mai</alias>
  </lexeme>
  <lexeme>
    <grapheme>kia kaha</grapheme>
    <alias>kia kaha</alias>
  </lexeme>
</lexicon>
