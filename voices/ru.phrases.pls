<?xml version="1.0" encoding="UTF-8"?>
<!-- Russian courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="ru">
  <lexeme>
    <grapheme>Bolshoye Spasibo</grapheme>
    <grapheme>Bolshoe Spasibo</grapheme>
    <grapheme>Bolshoi Spasibo</grapheme>
    <grapheme>Bolshoy Spasibo</grapheme>
    <grapheme>Bol'shoye Spasibo</grapheme>
    <grapheme>Bolshoie Spasibo</grapheme>
    <grapheme>Bolshoye Spaseeba</grapheme>
    <alias>Большое спасибо</alias>
  </lexeme>
  <lexeme>
    <grapheme>Spasibo Bolshoye</grapheme>
    <grapheme>Spasibo Bolshoe</grapheme>
    <grapheme>Spasibo Bolshoi</grapheme>
    <grapheme>Spasibo Bolshoy</grapheme>
    <alias>Спасибо большое</alias>
  </lexeme>
  <lexeme>
    <grapheme>Spasibo</grapheme>
    <grapheme>Spaseeba</grapheme>
    <grapheme>Spasiba</grapheme>
    <alias>Спасибо</alias>
  </lexeme>
  <lexeme>
    <grapheme>Spasibo za vnimaniye</grapheme>
    <grapheme>Spasibo za vnimanie</grapheme>
    <grapheme>Spasibo za vnimanye</grapheme>
    <alias>Спасибо за внимание</alias>
  </lexeme>
  <lexeme>
    <grapheme>Zdravstvuyte</grapheme>
    <grapheme>Zdravstvuite</grapheme>
    <grapheme>Zdravstvujte</grapheme>
    <grapheme>Zdrastvuyte</grapheme>
    <grapheme>Zdrastvuite</grapheme>
    <alias>Здравствуйте</alias>
  </lexeme>
  <lexeme>
    <grapheme>Privet druzya</grapheme>
    <grapheme>Privet druz'ya</grapheme>
    <alias>Привет, друзья</alias>
  </lexeme>
  <lexeme>
    <grapheme>Dobroye utro</grapheme>
    <grapheme>Dobroe utro</grapheme>
    <alias>Доброе утро</alias>
  </lexeme>
  <lexeme>
    <grapheme>Dobryy den</grapheme>
    <grapheme>Dobry den</grapheme>
    <grapheme>Dobriy den</grapheme>
    <grapheme>Dobryi den</grapheme>
    <grapheme>Dobry dyen</grapheme>
    <grapheme>Dobryj den'</grapheme>
    <grapheme>Dobryy den'</grapheme>
    <alias>Добрый день</alias>
  </lexeme>
  <lexeme>
    <grapheme>Dobryy vecher</grapheme>
    <grapheme>Dobry vecher</grapheme>
    <grapheme>Dobriy vecher</grapheme>
    <grapheme>Dobryi vecher</grapheme>
    <alias>Добрый вечер</alias>
  </lexeme>
  <lexeme>
    <grapheme>Dobro pozhalovat</grapheme>
    <grapheme>Dobro pozhalovat'</grapheme>
    <grapheme>Dobro pojalovat</grapheme>
    <alias>Добро пожаловать</alias>
  </lexeme>
  <lexeme>
    <grapheme>Do svidaniya</grapheme>
    <grapheme>Do svidanya</grapheme>
    <grapheme>Dosvidaniya</grapheme>
    <grapheme>Das vidaniya</grapheme>
    <grapheme>Dasvidaniya</grapheme>
    <alias>До свидания</alias>
  </lexeme>
  <lexeme>
    <grapheme>Uvazhayemye kollegi</grapheme>
    <grapheme>Uvazhaemye kollegi</grapheme>
    <grapheme>Uvazhaemyye kollegi</grapheme>
    <alias>Уважаемые коллеги</alias>
  </lexeme>
  <lexeme>
    <grapheme>Dorogiye druzya</grapheme>
    <grapheme>Dorogie druzya</grapheme>
    <grapheme>Dorogiye druz'ya</grapheme>
    <alias>Дорогие друзья</alias>
  </lexeme>
  <lexeme>
    <grapheme>Blagodaryu vas</grapheme>
    <alias>Благодарю вас</alias>
  </lexeme>
  <lexeme>
    <grapheme>Blagodaryu</grapheme>
    <alias>Благодарю</alias>
  </lexeme>
  <lexeme>
    <grapheme>Vsego khoroshego</grapheme>
    <grapheme>Vsego horoshego</grapheme>
    <grapheme>Vsevo khoroshevo</grapheme>
    <alias>Всего хорошего</alias>
  </lexeme>
  <lexeme>
    <grapheme>Vsego dobrogo</grapheme>
    <grapheme>Vsevo dobrovo</grapheme>
    <alias>Всего доброго</alias>
  </lexeme>
  <lexeme>
    <grapheme>Na zdorovye</grapheme>
    <grapheme>Na zdorovie</grapheme>
    <grapheme>Na zdorovya</grapheme>
    <alias>На здоровье</alias>
  </lexeme>
  <lexeme>
    <grapheme>Za vashe zdorovye</grapheme>
    <grapheme>Za vashe zdorovie</grapheme>
    <alias>За ваше здоровье</alias>
  </lexeme>
  <lexeme>
    <grapheme>S uvazheniyem</grapheme>
    <grapheme>S uvazheniem</grapheme>
    <alias>С уважением</alias>
  </lexeme>
</lexicon>
