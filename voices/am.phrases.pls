<?xml version="1.0" encoding="UTF-8"?>
<!-- Amharic courtesy phrases as documents in other languages write them. eSpeak NG reads
     Amharic only in Ethiopic script: aliases are in it. grapheme: a spelling found in
     documents (matched ignoring case, accents, apostrophes, and spaces or hyphens between
     words); alias: what the voice reads. Only phrases or distinctive single words: never an
     English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="am">
  <lexeme>
    <grapheme>endet ameshachihu</grapheme>
    <grapheme>indet ameshachihu</grapheme>
    <grapheme>endet amesheachihu</grapheme>
    <alias>እንዴት አመሻችሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>endemin ameshachihu</grapheme>
    <grapheme>endemen amshachihu</grapheme>
    <grapheme>endemin amshachihu</grapheme>
    <alias>እንደምን አመሻችሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>endemin aderachihu</grapheme>
    <grapheme>endemin adderachihu</grapheme>
    <grapheme>endemen aderachihu</grapheme>
    <alias>እንደምን አደራችሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>endemin walachihu</grapheme>
    <grapheme>endemen walachihu</grapheme>
    <alias>እንደምን ዋላችሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>endet nachihu</grapheme>
    <grapheme>indet nachihu</grapheme>
    <alias>እንዴት ናችሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>tena yistilign</grapheme>
    <grapheme>tena yistiligne</grapheme>
    <grapheme>tenayistilign</grapheme>
    <alias>ጤና ይስጥልኝ</alias>
  </lexeme>
  <lexeme>
    <grapheme>ameseginalehu</grapheme>
    <grapheme>amesegnalehu</grapheme>
    <grapheme>ameseginalew</grapheme>
    <grapheme>amesegenalehu</grapheme>
    <alias>አመሰግናለሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>betam ameseginalehu</grapheme>
    <grapheme>betam amesegnalehu</grapheme>
    <alias>በጣም አመሰግናለሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>enkuan dehna metachihu</grapheme>
    <grapheme>enkuwan dehna metachihu</grapheme>
    <grapheme>enkwan dehna metachihu</grapheme>
    <alias>እንኳን ደህና መጣችሁ</alias>
  </lexeme>
  <lexeme>
    <grapheme>melkam addis amet</grapheme>
    <grapheme>melkam adis amet</grapheme>
    <alias>መልካም አዲስ ዓመት</alias>
  </lexeme>
  <lexeme>
    <grapheme>melkam gena</grapheme>
    <alias>መልካም ገና</alias>
  </lexeme>
  <lexeme>
    <grapheme>melkam beal</grapheme>
    <alias>መልካም በዓል</alias>
  </lexeme>
  <lexeme>
    <grapheme>dehna hunu</grapheme>
    <alias>ደህና ሁኑ</alias>
  </lexeme>
</lexicon>
