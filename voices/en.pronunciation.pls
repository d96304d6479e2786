<?xml version="1.0" encoding="UTF-8"?>
<!-- How names and acronyms of English text are said. Graphemes match whole words, case-
     sensitively (a possessive 's or ’s is kept). <alias> is text the voice reads;
     <phoneme> is eSpeak NG phoneme input (check with: espeak-ng -v en -x "word").
     ALL-CAPS words not listed here follow the default rule in voices/README.md. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="en">
  <!-- Acronyms said letter by letter, joined by hyphens: eSpeak NG reads "A T C" as the article "a", "A-T-C" as letters; an A after the first letter is written "Eh" (a hyphenated A inside a word becomes a schwa). -->
  <lexeme>
    <grapheme>CSTO</grapheme>
    <alias>C-S-T-O</alias>
  </lexeme>
  <lexeme>
    <grapheme>OSCE</grapheme>
    <alias>O-S-C-E</alias>
  </lexeme>
  <lexeme>
    <grapheme>IOM</grapheme>
    <alias>I-O-M</alias>
  </lexeme>
  <lexeme>
    <grapheme>ATC-CIS</grapheme>
    <alias>A-T-C C-I-S</alias>
  </lexeme>
  <lexeme>
    <grapheme>CIS</grapheme>
    <alias>C-I-S</alias>
  </lexeme>
  <lexeme>
    <grapheme>OCT</grapheme>
    <alias>O-C-T</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNOCT</grapheme>
    <alias>U-N-O-C-T</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNODC</grapheme>
    <alias>U-N-O-D-C</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNSC</grapheme>
    <alias>U-N-S-C</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNGA</grapheme>
    <alias>U-N-G-Eh</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNDP</grapheme>
    <alias>U-N-D-P</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNHCR</grapheme>
    <alias>U-N-H-C-R</alias>
  </lexeme>
  <lexeme>
    <grapheme>FATF</grapheme>
    <alias>F-Eh-T-F</alias>
  </lexeme>
  <lexeme>
    <grapheme>IAEA</grapheme>
    <alias>I-Eh-E-Eh</alias>
  </lexeme>
  <lexeme>
    <grapheme>ICAO</grapheme>
    <alias>I-C-Eh-O</alias>
  </lexeme>
  <lexeme>
    <grapheme>OSCE's</grapheme>
    <alias>O-S-C-E's</alias>
  </lexeme>
  <!-- Acronyms said partly as words. -->
  <lexeme>
    <grapheme>SCO-RATS</grapheme>
    <alias>S-C-O Rats</alias>
  </lexeme>
  <!-- Acronyms said as words: title-cased so that eSpeak NG reads them as names (and keeps a possessive 's). -->
  <lexeme>
    <grapheme>INTERPOL</grapheme>
    <alias>Interpol</alias>
  </lexeme>
  <lexeme>
    <grapheme>NATO</grapheme>
    <alias>Nato</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNESCO</grapheme>
    <alias>Unesco</alias>
  </lexeme>
  <lexeme>
    <grapheme>UNICEF</grapheme>
    <alias>Unicef</alias>
  </lexeme>
  <lexeme>
    <grapheme>EUROPOL</grapheme>
    <alias>Europol</alias>
  </lexeme>
  <lexeme>
    <grapheme>ASEAN</grapheme>
    <alias>Asean</alias>
  </lexeme>
  <!-- eSpeak NG phonemes where no spelling gets it right. -->
  <lexeme>
    <grapheme>CTED</grapheme>
    <phoneme>s'i:tEd</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>SEMERIKOV</grapheme>
    <grapheme>Semerikov</grapheme>
    <phoneme>s,Em@r'i:k0f</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>Jürgen</grapheme>
    <grapheme>Jurgen</grapheme>
    <grapheme>Juergen</grapheme>
    <phoneme>j'U@g@n</phoneme>
  </lexeme>
</lexicon>
