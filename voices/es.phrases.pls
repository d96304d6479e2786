<?xml version="1.0" encoding="UTF-8"?>
<!-- Spanish courtesy phrases as documents in other languages write them.
     grapheme: a spelling found in documents (matched ignoring case, accents,
     apostrophes, and spaces or hyphens between words); alias: what the voice reads.
     Only phrases or distinctive single words: never an English word or name. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-espeak" xml:lang="es">
  <lexeme>
    <grapheme>muchas gracias</grapheme>
    <alias>muchas gracias</alias>
  </lexeme>
  <lexeme>
    <grapheme>muchísimas gracias</grapheme>
    <grapheme>muchisimas gracias</grapheme>
    <alias>muchísimas gracias</alias>
  </lexeme>
  <lexeme>
    <grapheme>mil gracias</grapheme>
    <alias>mil gracias</alias>
  </lexeme>
  <lexeme>
    <grapheme>gracias a todos</grapheme>
    <alias>gracias a todos</alias>
  </lexeme>
  <lexeme>
    <grapheme>gracias a todas</grapheme>
    <alias>gracias a todas</alias>
  </lexeme>
  <lexeme>
    <grapheme>gracias</grapheme>
    <alias>gracias</alias>
  </lexeme>
  <lexeme>
    <grapheme>buenos días</grapheme>
    <grapheme>buenos dias</grapheme>
    <alias>buenos días</alias>
  </lexeme>
  <lexeme>
    <grapheme>muy buenos días</grapheme>
    <grapheme>muy buenos dias</grapheme>
    <alias>muy buenos días</alias>
  </lexeme>
  <lexeme>
    <grapheme>buenas tardes</grapheme>
    <alias>buenas tardes</alias>
  </lexeme>
  <lexeme>
    <grapheme>muy buenas tardes</grapheme>
    <alias>muy buenas tardes</alias>
  </lexeme>
  <lexeme>
    <grapheme>buenas noches</grapheme>
    <alias>buenas noches</alias>
  </lexeme>
  <lexeme>
    <grapheme>bienvenidos</grapheme>
    <alias>bienvenidos</alias>
  </lexeme>
  <lexeme>
    <grapheme>bienvenidas</grapheme>
    <alias>bienvenidas</alias>
  </lexeme>
  <lexeme>
    <grapheme>bienvenido</grapheme>
    <alias>bienvenido</alias>
  </lexeme>
  <lexeme>
    <grapheme>bienvenida</grapheme>
    <alias>bienvenida</alias>
  </lexeme>
  <lexeme>
    <grapheme>sean bienvenidos</grapheme>
    <alias>sean bienvenidos</alias>
  </lexeme>
  <lexeme>
    <grapheme>hola</grapheme>
    <alias>hola</alias>
  </lexeme>
  <lexeme>
    <grapheme>hasta luego</grapheme>
    <alias>hasta luego</alias>
  </lexeme>
  <lexeme>
    <grapheme>hasta pronto</grapheme>
    <alias>hasta pronto</alias>
  </lexeme>
  <lexeme>
    <grapheme>adiós</grapheme>
    <grapheme>adios</grapheme>
    <alias>adiós</alias>
  </lexeme>
  <lexeme>
    <grapheme>señoras y señores</grapheme>
    <grapheme>senoras y senores</grapheme>
    <alias>señoras y señores</alias>
  </lexeme>
  <lexeme>
    <grapheme>damas y caballeros</grapheme>
    <alias>damas y caballeros</alias>
  </lexeme>
  <lexeme>
    <grapheme>queridos amigos</grapheme>
    <alias>queridos amigos</alias>
  </lexeme>
  <lexeme>
    <grapheme>queridos compatriotas</grapheme>
    <alias>queridos compatriotas</alias>
  </lexeme>
  <lexeme>
    <grapheme>estimados compatriotas</grapheme>
    <alias>estimados compatriotas</alias>
  </lexeme>
  <lexeme>
    <grapheme>estimados colegas</grapheme>
    <alias>estimados colegas</alias>
  </lexeme>
  <lexeme>
    <grapheme>queridos colegas</grapheme>
    <alias>queridos colegas</alias>
  </lexeme>
  <lexeme>
    <grapheme>hasta la vista</grapheme>
    <alias>hasta la vista</alias>
  </lexeme>
  <lexeme>
    <grapheme>hasta mañana</grapheme>
    <alias>hasta mañana</alias>
  </lexeme>
  <lexeme>
    <grapheme>hasta siempre</grapheme>
    <alias>hasta siempre</alias>
  </lexeme>
  <lexeme>
    <grapheme>nos vemos</grapheme>
    <alias>nos vemos</alias>
  </lexeme>
  <lexeme>
    <grapheme>feliz navidad</grapheme>
    <alias>feliz navidad</alias>
  </lexeme>
  <lexeme>
    <grapheme>feliz año nuevo</grapheme>
    <alias>feliz año nuevo</alias>
  </lexeme>
  <lexeme>
    <grapheme>felices fiestas</grapheme>
    <alias>felices fiestas</alias>
  </lexeme>
  <lexeme>
    <grapheme>un fuerte abrazo</grapheme>
    <alias>un fuerte abrazo</alias>
  </lexeme>
  <lexeme>
    <grapheme>saludos cordiales</grapheme>
    <alias>saludos cordiales</alias>
  </lexeme>
  <lexeme>
    <grapheme>muchas felicidades</grapheme>
    <alias>muchas felicidades</alias>
  </lexeme>
  <lexeme>
    <grapheme>enhorabuena</grapheme>
    <alias>enhorabuena</alias>
  </lexeme>
</lexicon>
