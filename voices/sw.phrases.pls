<?xml version="1.0" encoding="UTF-8"?>
<!-- Swahili courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="sw">
  <lexeme>
    <grapheme>asante sana</grapheme>
    <alias>asante sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>asanteni sana</grapheme>
    <alias>asanteni sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>asante</grapheme>
    <alias>asante</alias>
  </lexeme>
  <lexeme>
    <grapheme>asanteni</grapheme>
    <alias>asanteni</alias>
  </lexeme>
  <lexeme>
    <grapheme>karibu sana</grapheme>
    <alias>karibu sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>karibuni sana</grapheme>
    <alias>karibuni sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>karibu</grapheme>
    <alias>karibu</alias>
  </lexeme>
  <lexeme>
    <grapheme>karibuni</grapheme>
    <alias>karibuni</alias>
  </lexeme>
  <lexeme>
    <grapheme>jambo</grapheme>
    <alias>jambo</alias>
  </lexeme>
  <lexeme>
    <grapheme>hujambo</grapheme>
    <alias>hujambo</alias>
  </lexeme>
  <lexeme>
    <grapheme>hamjambo</grapheme>
    <alias>hamjambo</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari za asubuhi</grapheme>
    <alias>habari za asubuhi</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari za mchana</grapheme>
    <alias>habari za mchana</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari za jioni</grapheme>
    <alias>habari za jioni</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari gani</grapheme>
    <alias>habari gani</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari yako</grapheme>
    <alias>habari yako</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari zenu</grapheme>
    <alias>habari zenu</alias>
  </lexeme>
  <lexeme>
    <grapheme>kwa heri</grapheme>
    <grapheme>kwaheri</grapheme>
    <alias>kwa heri</alias>
  </lexeme>
  <lexeme>
    <grapheme>kwa herini</grapheme>
    <grapheme>kwaherini</grapheme>
    <alias>kwa herini</alias>
  </lexeme>
  <lexeme>
    <grapheme>mabibi na mabwana</grapheme>
    <alias>mabibi na mabwana</alias>
  </lexeme>
  <lexeme>
    <grapheme>nashukuru sana</grapheme>
    <alias>nashukuru sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>nashukuru</grapheme>
    <alias>nashukuru</alias>
  </lexeme>
  <lexeme>
    <grapheme>tunashukuru sana</grapheme>
    <alias>tunashukuru sana</alias>
  </lexeme>
  <lexeme>
    <grapheme>tunashukuru</grapheme>
    <alias>tunashukuru</alias>
  </lexeme>
  <lexeme>
    <grapheme>asanteni kwa kunisikiliza</grapheme>
    <alias>asanteni kwa kunisikiliza</alias>
  </lexeme>
  <lexeme>
    <grapheme>shikamoo</grapheme>
    <alias>shikamoo</alias>
  </lexeme>
  <lexeme>
    <grapheme>marahaba</grapheme>
    <alias>marahaba</alias>
  </lexeme>
  <lexeme>
    <grapheme>habari za leo</grapheme>
    <alias>habari za leo</alias>
  </lexeme>
  <lexeme>
    <grapheme>tutaonana</grapheme>
    <alias>tutaonana</alias>
  </lexeme>
  <lexeme>
    <grapheme>heri ya mwaka mpya</grapheme>
    <alias>heri ya mwaka mpya</alias>
  </lexeme>
  <lexeme>
    <grapheme>sikukuu njema</grapheme>
    <alias>sikukuu njema</alias>
  </lexeme>
</lexicon>
