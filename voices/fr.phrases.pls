<?xml version="1.0" encoding="UTF-8"?>
<!-- French courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="fr">
  <lexeme>
    <grapheme>merci beaucoup</grapheme>
    <alias>merci beaucoup</alias>
  </lexeme>
  <lexeme>
    <grapheme>merci bien</grapheme>
    <alias>merci bien</alias>
  </lexeme>
  <lexeme>
    <grapheme>mille mercis</grapheme>
    <alias>mille mercis</alias>
  </lexeme>
  <lexeme>
    <grapheme>merci infiniment</grapheme>
    <alias>merci infiniment</alias>
  </lexeme>
  <lexeme>
    <grapheme>merci</grapheme>
    <alias>merci</alias>
  </lexeme>
  <lexeme>
    <grapheme>je vous remercie</grapheme>
    <alias>je vous remercie</alias>
  </lexeme>
  <lexeme>
    <grapheme>bonjour</grapheme>
    <alias>bonjour</alias>
  </lexeme>
  <lexeme>
    <grapheme>bonjour à tous</grapheme>
    <grapheme>bonjour a tous</grapheme>
    <alias>bonjour à tous</alias>
  </lexeme>
  <lexeme>
    <grapheme>bonsoir</grapheme>
    <alias>bonsoir</alias>
  </lexeme>
  <lexeme>
    <grapheme>bienvenue</grapheme>
    <alias>bienvenue</alias>
  </lexeme>
  <lexeme>
    <grapheme>soyez les bienvenus</grapheme>
    <alias>soyez les bienvenus</alias>
  </lexeme>
  <lexeme>
    <grapheme>bienvenue à tous</grapheme>
    <grapheme>bienvenue a tous</grapheme>
    <alias>bienvenue à tous</alias>
  </lexeme>
  <lexeme>
    <grapheme>au revoir</grapheme>
    <alias>au revoir</alias>
  </lexeme>
  <lexeme>
    <grapheme>à bientôt</grapheme>
    <grapheme>a bientot</grapheme>
    <alias>à bientôt</alias>
  </lexeme>
  <lexeme>
    <grapheme>mesdames et messieurs</grapheme>
    <alias>mesdames et messieurs</alias>
  </lexeme>
  <lexeme>
    <grapheme>mesdames</grapheme>
    <alias>mesdames</alias>
  </lexeme>
  <lexeme>
    <grapheme>messieurs</grapheme>
    <alias>messieurs</alias>
  </lexeme>
  <lexeme>
    <grapheme>chers amis</grapheme>
    <alias>chers amis</alias>
  </lexeme>
  <lexeme>
    <grapheme>chers compatriotes</grapheme>
    <alias>chers compatriotes</alias>
  </lexeme>
  <lexeme>
    <grapheme>mes chers compatriotes</grapheme>
    <alias>mes chers compatriotes</alias>
  </lexeme>
  <lexeme>
    <grapheme>chères compatriotes</grapheme>
    <grapheme>cheres compatriotes</grapheme>
    <alias>chères compatriotes</alias>
  </lexeme>
  <lexeme>
    <grapheme>chers concitoyens</grapheme>
    <alias>chers concitoyens</alias>
  </lexeme>
  <lexeme>
    <grapheme>chers collègues</grapheme>
    <grapheme>chers collegues</grapheme>
    <alias>chers collègues</alias>
  </lexeme>
  <lexeme>
    <grapheme>chères amies</grapheme>
    <grapheme>cheres amies</grapheme>
    <alias>chères amies</alias>
  </lexeme>
  <lexeme>
    <grapheme>bonne journée</grapheme>
    <grapheme>bonne journee</grapheme>
    <alias>bonne journée</alias>
  </lexeme>
  <lexeme>
    <grapheme>bonne soirée</grapheme>
    <grapheme>bonne soiree</grapheme>
    <alias>bonne soirée</alias>
  </lexeme>
  <lexeme>
    <grapheme>s'il vous plaît</grapheme>
    <grapheme>s'il vous plait</grapheme>
    <alias>s'il vous plaît</alias>
  </lexeme>
</lexicon>
