<?xml version="1.0" encoding="UTF-8"?>
<!-- Hebrew courtesy phrases as documents in other languages write them (Latin
     transliterations of the greetings and good wishes of the year's feasts).
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); phoneme: what the voice says, in
     eSpeak NG's mnemonics: its Hebrew voice reads unvocalized words without most of
     their vowels ("לשנה" as "lSn") and names the vowel points of vocalized ones.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="he">
  <lexeme>
    <grapheme>l'shana tova u'metuka</grapheme>
    <grapheme>l'shana tovah u'metukah</grapheme>
    <grapheme>l'shana tovah u'metuka</grapheme>
    <grapheme>leshana tova umetuka</grapheme>
    <grapheme>shana tova u'metuka</grapheme>
    <grapheme>shanah tovah u'metukah</grapheme>
    <grapheme>shana tova umetuka</grapheme>
    <phoneme>leS'ana tov'a umet'uka</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>l'shana tova</grapheme>
    <grapheme>l'shana tovah</grapheme>
    <grapheme>leshana tova</grapheme>
    <grapheme>lshana tova</grapheme>
    <grapheme>shana tova</grapheme>
    <grapheme>shanah tovah</grapheme>
    <grapheme>shana tovah</grapheme>
    <phoneme>leS'ana tov'a</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>g'mar hatima tova</grapheme>
    <grapheme>g'mar chatima tova</grapheme>
    <grapheme>g'mar chatimah tovah</grapheme>
    <grapheme>gmar hatima tova</grapheme>
    <grapheme>gmar chatima tova</grapheme>
    <grapheme>g'mar hatimah tovah</grapheme>
    <grapheme>gmar hatimah tovah</grapheme>
    <phoneme>gm'aQ&quot; Xatim'a tov'a</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>chag sameach</grapheme>
    <grapheme>chag same'ach</grapheme>
    <grapheme>hag sameah</grapheme>
    <grapheme>chag sameakh</grapheme>
    <grapheme>hag sameach</grapheme>
    <grapheme>chag sameyach</grapheme>
    <phoneme>X'ag sam'eaX</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>chag kasher v'sameach</grapheme>
    <grapheme>chag kasher vesameach</grapheme>
    <grapheme>chag pesach sameach</grapheme>
    <grapheme>hag pesah sameah</grapheme>
    <phoneme>X'ag kaS'eQ&quot; vesam'eaX</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>chanukah sameach</grapheme>
    <grapheme>hanukkah sameach</grapheme>
    <grapheme>chanukah same'ach</grapheme>
    <grapheme>hanukah sameah</grapheme>
    <phoneme>Xanuk'a sam'eaX</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>shabbat shalom</grapheme>
    <grapheme>shabat shalom</grapheme>
    <grapheme>shabbos shalom</grapheme>
    <phoneme>Sab'at Sal'om</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>shalom aleichem</grapheme>
    <grapheme>shalom alechem</grapheme>
    <grapheme>sholem aleichem</grapheme>
    <phoneme>Sal'om aleX'em</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>mazel tov</grapheme>
    <grapheme>mazal tov</grapheme>
    <phoneme>maz'al t'ov</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>toda raba</grapheme>
    <grapheme>todah rabah</grapheme>
    <grapheme>toda rabah</grapheme>
    <grapheme>todah raba</grapheme>
    <phoneme>tod'a Q&quot;ab'a</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>boker tov</grapheme>
    <phoneme>b'okeQ&quot; t'ov</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>erev tov</grapheme>
    <phoneme>'eQ&quot;ev t'ov</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>b'ruchim haba'im</grapheme>
    <grapheme>bruchim habaim</grapheme>
    <grapheme>baruch haba</grapheme>
    <grapheme>baruchim habaim</grapheme>
    <phoneme>bQ&quot;uX'im haba'im</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>l'chaim</grapheme>
    <grapheme>lechaim</grapheme>
    <grapheme>l'chayim</grapheme>
    <grapheme>lechayim</grapheme>
    <phoneme>leX'ajim</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>am yisrael chai</grapheme>
    <grapheme>am israel chai</grapheme>
    <phoneme>'am jisQ&quot;a'el X'aj</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>yom huledet sameach</grapheme>
    <phoneme>j'om hul'edet sam'eaX</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>tizku l'shanim rabot</grapheme>
    <grapheme>tizku leshanim rabot</grapheme>
    <phoneme>tizk'u leSan'im Q&quot;ab'ot</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>chag urim sameach</grapheme>
    <phoneme>X'ag 'uQ&quot;im sam'eaX</phoneme>
  </lexeme>
</lexicon>
