<?xml version="1.0" encoding="UTF-8"?>
<!-- Japanese (aliases in kana: eSpeak NG's ja voice reads kana) courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="ja">
  <lexeme>
    <grapheme>dōmo arigatō gozaimasu</grapheme>
    <grapheme>domo arigato gozaimasu</grapheme>
    <grapheme>doumo arigatou gozaimasu</grapheme>
    <alias>どうもありがとうございます</alias>
  </lexeme>
  <lexeme>
    <grapheme>dōmo arigatō gozaimashita</grapheme>
    <grapheme>domo arigato gozaimashita</grapheme>
    <grapheme>doumo arigatou gozaimashita</grapheme>
    <alias>どうもありがとうございました</alias>
  </lexeme>
  <lexeme>
    <grapheme>arigatō gozaimasu</grapheme>
    <grapheme>arigato gozaimasu</grapheme>
    <grapheme>arigatou gozaimasu</grapheme>
    <grapheme>arigatoo gozaimasu</grapheme>
    <alias>ありがとうございます</alias>
  </lexeme>
  <lexeme>
    <grapheme>arigatō gozaimashita</grapheme>
    <grapheme>arigato gozaimashita</grapheme>
    <grapheme>arigatou gozaimashita</grapheme>
    <alias>ありがとうございました</alias>
  </lexeme>
  <lexeme>
    <grapheme>dōmo arigatō</grapheme>
    <grapheme>domo arigato</grapheme>
    <grapheme>doumo arigatou</grapheme>
    <alias>どうもありがとう</alias>
  </lexeme>
  <lexeme>
    <grapheme>arigatō</grapheme>
    <grapheme>arigato</grapheme>
    <grapheme>arigatou</grapheme>
    <alias>ありがとう</alias>
  </lexeme>
  <lexeme>
    <grapheme>konnichiwa</grapheme>
    <grapheme>konnichi wa</grapheme>
    <grapheme>kon'nichiwa</grapheme>
    <grapheme>konichiwa</grapheme>
    <alias>こんにちわ</alias>
  </lexeme>
  <lexeme>
    <grapheme>ohayō gozaimasu</grapheme>
    <grapheme>ohayo gozaimasu</grapheme>
    <grapheme>ohayou gozaimasu</grapheme>
    <alias>おはようございます</alias>
  </lexeme>
  <lexeme>
    <grapheme>konbanwa</grapheme>
    <grapheme>kombanwa</grapheme>
    <grapheme>konban wa</grapheme>
    <alias>こんばんわ</alias>
  </lexeme>
  <lexeme>
    <grapheme>yōkoso</grapheme>
    <grapheme>yokoso</grapheme>
    <grapheme>youkoso</grapheme>
    <alias>ようこそ</alias>
  </lexeme>
  <lexeme>
    <grapheme>sayōnara</grapheme>
    <grapheme>sayonara</grapheme>
    <grapheme>sayounara</grapheme>
    <alias>さようなら</alias>
  </lexeme>
  <lexeme>
    <grapheme>hajimemashite</grapheme>
    <alias>はじめまして</alias>
  </lexeme>
  <lexeme>
    <grapheme>yoroshiku onegaishimasu</grapheme>
    <grapheme>yoroshiku onegai shimasu</grapheme>
    <alias>よろしくおねがいします</alias>
  </lexeme>
  <lexeme>
    <grapheme>yoroshiku onegai itashimasu</grapheme>
    <grapheme>yoroshiku onegaiitashimasu</grapheme>
    <alias>よろしくおねがいいたします</alias>
  </lexeme>
  <lexeme>
    <grapheme>otsukaresama deshita</grapheme>
    <alias>おつかれさまでした</alias>
  </lexeme>
  <lexeme>
    <grapheme>otsukaresama desu</grapheme>
    <alias>おつかれさまです</alias>
  </lexeme>
</lexicon>
