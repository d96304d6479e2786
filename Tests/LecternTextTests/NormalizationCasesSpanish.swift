/// Spanish cases: what eSpeak NG's `roa/es` voice gets wrong, and what it reads right.
enum SpanishNormalizationCases {
  static let all: [NormalizationCase] = [
    .init(
      "es", "91.ª reunión", "nonagésima primera reunión", .fix("noventa y uno punto a")),
    .init(
      "es", "91a reunión", "nonagésima primera reunión", .fix("noventa y uno a")),
    .init("es", "1.º", "primero", .fix("uno punto o")),
    .init("es", "2.º", "segundo", .fix("dos punto o")),
    .init("es", "3er", "tercer", .fix("tres er")),
    .init("es", "1.er", "primer", .fix("uno punto er")),
    .init("es", "2.ª reunión", "segunda reunión", .fix("dos punto a")),
    .init(
      "es", "1.200", "1200", .same("a pause inside the number")),
    .init("es", "1 200", "1200", .fix("uno doscientos")),
    .kept("es", "3,5", heard: "t**'es koma T'inko"),
    .init("es", "5.000 €", "5000 euros", .fix("cinco mil euro")),
    .init(
      "es", "$25 millones", "25 millones de dólares", .fix("dólar veinticinco millones")),
    .init(
      "es", "09 de mayo de 2021", "9 de mayo de 2021", .fix("cero nueve de mayo")),
    .init(
      "es", "30/10/2019", "30 de octubre de 2019", .fix("treinta barra diez barra")),
    .init(
      "es", "30.10.2019", "30 de octubre de 2019", .fix("treinta punto diez")),
    .init(
      "es", "2019-10-30", "30 de octubre de 2019", .fix("dos mil diecinueve diez treinta")),
    .init(
      "es", "14 feb. 2019", "14 de febrero de 2019", .fix("catorce feb")),
    .init(
      "es", "a las 15:00", "a las 15 horas", .fix("quince cero cero")),
    .init("es", "Sr. García", "señor García", .same("titles written out in the plan")),
    .init("es", "Sra. García", "señora García", .same("titles written out in the plan")),
    .init("es", "Dr. García", "doctor García", .same("titles written out in the plan")),
    .init(
      "es", "Excmo. Sr. García", "Excelentísimo señor García",
      .same("titles written out in the plan")),
    .init("es", "Señoras/Señores", "Señoras Señores", .fix("señoras barra señores")),
    .init("es", "S.E. el Presidente", "Su Excelencia el Presidente", .fix("s e")),
    .init("es", "S.M. el Rey Odorico", "Su Majestad el Rey Odorico", .fix("s m")),
    .init("es", "SS.MM. los Reyes", "Sus Majestades los Reyes", .fix("s s m m")),
    .init("es", "S.A.R. la Princesa", "Su Alteza Real la Princesa", .fix("s a r")),
    .init("es", "EE. UU.", "Estados Unidos", .fix("e e u u")),
    .init("es", "etc.", "etcétera", .fix("etc")),
    .init("es", "y/o", "y o", .fix("y barra o")),
    .init(
      "es", "Artículo XIV", "Artículo catorce",
      .same("a capitalized word before a numeral is no name")),
    .init("es", "Juan Pablo II", "Juan Pablo segundo", .fix("Juan Pablo dos")),
    .init("es", "Felipe VI", "Felipe sexto", .fix("Felipe v i")),
    .init("es", "Juan Carlos I", "Juan Carlos primero", .fix("Juan Carlos i")),
    .init("es", "siglo XXI", "siglo veintiuno", .same("a Roman numeral written out in the plan")),
    .init("es", "1/2", "un medio", .fix("uno barra dos")),
    .init("es", "esta III Reunión", "esta tercera Reunión", .fix("esta i i i reunión")),
    .init("es", "el II Congreso", "el segundo Congreso", .fix("el i i congreso")),
    .init(
      "es", "la XXXIV Conferencia", "la trigésima cuarta Conferencia", .fix("x x x i v")),
    .init("es", "Esta III", "Esta tercera", .fix("a determiner is no regnal name")),
    .init(
      "es", "2014–2018", "2014 a 2018",
      .fix("no word for the dash")),
    .init("es", "n.º 5", "número 5", .fix("ene o cinco")),
    .kept("es", "50 %", heard: "Tinkw'Enta porTj'Ento"),
    .init(
      "es", "[say-as date: 03/04/2019]", "3 de abril de 2019", .fix("markup")),
    // One letter after a number is a word of its own, not a suffix set apart.
    .init("es", "de 1 a 5 y 2 o 3 veces", "de 1 a 5 y 2 o 3 veces", .kept),
    // 21 and 28 eSpeak says with a syllable too many ("veinti ocho"); 22 it says right.
    .init("es", "la número 28", "la número veintiocho", .fix("veinti ocho")),
    .init("es", "el año 2021", "el año dos mil veintiuno", .fix("dos mil veinti uno")),
    .init("es", "las 22 horas", "las 22 horas", .kept),
  ]
}
