<?xml version="1.0" encoding="UTF-8"?>
<!-- Mandarin Chinese (aliases in numbered pinyin, read by eSpeak NG's cmn-Latn-pinyin voice) courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="zh">
  <lexeme>
    <grapheme>xièxie</grapheme>
    <grapheme>xièxiè</grapheme>
    <grapheme>xie xie</grapheme>
    <grapheme>xiexie</grapheme>
    <grapheme>xie4 xie4</grapheme>
    <grapheme>xie4xie5</grapheme>
    <alias>xie4 xie5</alias>
  </lexeme>
  <lexeme>
    <grapheme>xièxie nǐmen</grapheme>
    <grapheme>xiexie nimen</grapheme>
    <grapheme>xie xie ni men</grapheme>
    <grapheme>xiexie ni men</grapheme>
    <alias>xie4 xie5 ni3 men5</alias>
  </lexeme>
  <lexeme>
    <grapheme>xièxie dàjiā</grapheme>
    <grapheme>xiexie dajia</grapheme>
    <grapheme>xie xie da jia</grapheme>
    <alias>xie4 xie5 da4 jia1</alias>
  </lexeme>
  <lexeme>
    <grapheme>fēicháng gǎnxiè</grapheme>
    <grapheme>feichang ganxie</grapheme>
    <grapheme>fei chang gan xie</grapheme>
    <alias>fei1 chang2 gan3 xie4</alias>
  </lexeme>
  <lexeme>
    <grapheme>duōxiè</grapheme>
    <grapheme>duoxie</grapheme>
    <grapheme>duo xie</grapheme>
    <alias>duo1 xie4</alias>
  </lexeme>
  <lexeme>
    <grapheme>nǐ hǎo</grapheme>
    <grapheme>ni hao</grapheme>
    <grapheme>nihao</grapheme>
    <grapheme>nǐhǎo</grapheme>
    <alias>ni3 hao3</alias>
  </lexeme>
  <lexeme>
    <grapheme>nín hǎo</grapheme>
    <grapheme>nin hao</grapheme>
    <grapheme>ninhao</grapheme>
    <alias>nin2 hao3</alias>
  </lexeme>
  <lexeme>
    <grapheme>nǐmen hǎo</grapheme>
    <grapheme>nimen hao</grapheme>
    <grapheme>ni men hao</grapheme>
    <alias>ni3 men5 hao3</alias>
  </lexeme>
  <lexeme>
    <grapheme>dàjiā hǎo</grapheme>
    <grapheme>dajia hao</grapheme>
    <grapheme>da jia hao</grapheme>
    <alias>da4 jia1 hao3</alias>
  </lexeme>
  <lexeme>
    <grapheme>zǎoshang hǎo</grapheme>
    <grapheme>zaoshang hao</grapheme>
    <grapheme>zao shang hao</grapheme>
    <alias>zao3 shang5 hao3</alias>
  </lexeme>
  <lexeme>
    <grapheme>huānyíng</grapheme>
    <grapheme>huanying</grapheme>
    <grapheme>huan ying</grapheme>
    <alias>huan1 ying2</alias>
  </lexeme>
  <lexeme>
    <grapheme>rèliè huānyíng</grapheme>
    <grapheme>relie huanying</grapheme>
    <alias>re4 lie4 huan1 ying2</alias>
  </lexeme>
  <lexeme>
    <grapheme>zàijiàn</grapheme>
    <grapheme>zaijian</grapheme>
    <grapheme>zai jian</grapheme>
    <alias>zai4 jian4</alias>
  </lexeme>
</lexicon>
