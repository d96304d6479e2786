/// French cases: what eSpeak NG's `roa/fr` voice gets wrong, and what it reads right.
enum FrenchNormalizationCases {
  static let all: [NormalizationCase] = [
    .init("fr", "12e", "douzième", .fix("douze e")),
    .init("fr", "12ème", "douzième", .same("an ordinal written out in the plan")),
    .init(
      "fr", "84ème session", "quatre-vingt-quatrième session",
      .same("an ordinal written out in the plan")),
    .init("fr", "1re", "première", .fix("un r")),
    .init("fr", "XXIe siècle", "vingt-et-unième siècle", .fix("iksgzi siècle")),
    .init("fr", "Ier", "premier", .fix("i e r")),
    .init(
      "fr", "1er", "premier",
      .same("the date and Roman readings share the suffix table")),
    .init(
      "fr", "1 200", "1200", .same("a pause inside the number")),
    .kept("fr", "3,5", heard: "trwa virgyl s'E~k"),
    .kept("fr", "50 %", heard: "sE~k'A~t purs'A~"),
    .init("fr", "5 000 €", "5000 euros", .fix("cinq mille euro")),
    .init(
      "fr", "5 millions €", "5 millions d'euros",
      .fix("cinq millions euro")),
    .init(
      "fr", "$25 millions", "25 millions de dollars",
      .fix("dollar vingt-cinq millions")),
    // "31 ans", "19 ans": eSpeak says the digits without the liaison of "un" and "neuf".
    .init("fr", "après 31 ans", "après trente-et-un ans", .fix("trente et un ans, no liaison")),
    .init("fr", "19 ans", "dix-neuf ans", .fix("dix-neuf ans, no liaison")),
    .kept("fr", "31 conseils", heard: "trA~te'W~ kO~s'Ej"),
    .init("fr", "09 mai 2021", "9 mai deux mille vingt-et-un", .fix("zéro neuf mai")),
    .init(
      "fr", "30.10.2019", "30 octobre deux mille dix-neuf",
      .fix("trente point dix point")),
    .init(
      "fr", "01.05.2019", "premier mai deux mille dix-neuf",
      .fix("zéro un point")),
    .init(
      "fr", "2019-10-30", "30 octobre deux mille dix-neuf",
      .fix("deux mille dix-neuf dix trente")),
    // The year of a date in words: the number dictionary says "quatre-vingt" with a schwa,
    // where the words are read as a reader says them.
    .init(
      "fr", "du 31 mars 1996", "du 31 mars mille neuf cent quatre-vingt-seize",
      .fix("quatre-vingt with a schwa")),
    .init(
      "fr", "la loi Vorrand du 3 avril 1985",
      "la loi Vorrand du 3 avril mille neuf cent quatre-vingt-cinq",
      .fix("quatre-vingt with a schwa")),
    .init("fr", "15h30", "15 heures 30", .fix("quinze ache trente")),
    .init("fr", "15 h 30", "15 heures 30", .fix("quinze ache trente")),
    .init("fr", "à 15:00", "à 15 heures", .fix("quinze heures zéro zéro")),
    .init("fr", "à 1h", "à 1 heure", .fix("un ache")),
    .init("fr", "M. Dupont", "Monsieur Dupont", .fix("M Dupont")),
    .kept("fr", "Mme Dupont", heard: "mad'am dyp'O~"),
    .init(
      "fr", "S.E. M. Dupont", "Son Excellence Monsieur Dupont", .fix("S E M Dupont")),
    .init("fr", "S.M. le Roi Odoric", "Sa Majesté le Roi Odoric", .fix("S M le Roi")),
    .init("fr", "LL.MM. les souverains", "Leurs Majestés les souverains", .fix("L L M M")),
    .init("fr", "S.A.R. la Princesse", "Son Altesse Royale la Princesse", .fix("S A R")),
    .init("fr", "Article XIV", "Article quatorze", .fix("Article quatorze romain")),
    .init("fr", "Louis XIV", "Louis quatorze", .fix("Louis quatorze romain")),
    .init("fr", "Jean-Paul II", "Jean-Paul deux", .fix("Jean-Paul deux romain")),
    .init("fr", "l`Europe", "l’Europe", says: "l'Europe", .fix("l … Europe")),
    .init("fr", "et/ou", "et ou", .same("a slash between words is a space")),
    .init("fr", "n° 5", "numéro 5", .fix("n cinq")),
    .init("fr", "p. ex.", "par exemple", .fix("p ex")),
    .init("fr", "1/2", "un demi", .fix("un deux")),
    .init(
      "fr", "2014–2018", "2014 à 2018",
      .fix("no word for the dash")),
    .kept("fr", "40 milliards de dollars", heard: "kar'A~t milj'ar d@- dOl'ar"),
    .kept("fr", "R&D", heard: "_!'Er_! e d'e"),
    .kept("fr", "etc.", heard: "Etseter'a"),
  ]
}
