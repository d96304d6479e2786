/// What the header-variation generator writes in one language: how headlines, offices,
/// events, labels, salutations and a short body are worded there. Names, countries, forums
/// and cities are invented by the generator (``VariationNames``) and put into the templates,
/// so no word the header reader is tested on comes from a language file, except the title,
/// office and label words every page of that language uses.
///
/// Placeholders: `{T}` a title word, `{S}` the speaker (honorific and name), `{Sg}` the
/// speaker in the oblique case a headline needs (Russian genitive), `{O}` the office,
/// `{Og}` the office in that case, `{Os}` a short office written before the name, `{E}` the
/// event, `{C}`/`{D}` invented countries, `{F}` an invented forum's name.
struct VariationLanguage: Sendable {
  /// The BCP 47 tag.
  var code: String
  /// The ICU locale of its dates.
  var locale: String
  /// The script invented names are written in.
  var script: VariationNames.Style
  /// Title words a headline opens with.
  var titles: [String]
  /// Headlines naming the speaker (`{T}`, `{S}`/`{Sg}`, `{O}`/`{Og}`/`{Os}`, `{E}`).
  var headlines: [String]
  /// A headline without the speaker: title and occasion.
  var titleAtEvent: String
  /// Offices, nominative and oblique (the same where the language does not decline).
  var offices: [(String, String)]
  /// Offices short enough to stand before a name ("Foreign Minister").
  var shortOffices: [String]
  /// Honorifics, nominative and oblique; "" for none. Chinese writes them after the name.
  var honorifics: [(String, String)]
  /// Whether honorifics follow the name.
  var honorificAfter = false
  /// The event, with the forum's name `{F}`.
  var event: String
  /// Real capitals with their countries, as the language writes them.
  var capitals: [(city: String, country: String)]
  /// How a place and a date stand together on one line (`{P}`, `{DATE}`).
  var placeDate: String
  /// Labels: date, place, speaker (with their colon).
  var labels: (date: String, place: String, speaker: String)
  /// A note about the text between the header and the body.
  var deliveryNote: String
  /// The salutation, and one addressing a person `{A}` (no speaker).
  var salutation: String
  var addressing: String
  /// Four body sentences, and the closing after them.
  var body: [String]
  var closing: String
  /// A sentence dating a past event (`{HDATE}`): a date in the body that is not the address's.
  var historical: String
  /// What joins words ("" for Chinese).
  var space = " "
  /// Whether the script has capitals.
  var cased = true
}

extension VariationLanguage {
  /// Every language the suite covers.
  static let all: [VariationLanguage] = [
    .english, .french, .spanish, .arabic, .russian, .chinese, .german, .portuguese,
  ]

  static let english = VariationLanguage(
    code: "en", locale: "en_GB", script: .latin,
    titles: ["Speech", "Remarks", "Statement", "Address", "Keynote Address"],
    headlines: ["{T} by {S}, {O}, at {E}", "{T} by {Os} {S} at {E}", "{T} by {S} at {E}"],
    titleAtEvent: "{T} at {E}",
    offices: [
      ("Minister of Foreign Affairs of {C}", ""), ("Ambassador of {C} to {D}", ""),
      ("Secretary General of the {C} Union", ""), ("President of the Republic of {C}", ""),
    ],
    shortOffices: ["Foreign Minister", "Ambassador", "Secretary General", "President"],
    honorifics: [("H.E.", ""), ("Mr.", ""), ("Dr.", ""), ("Ms.", ""), ("H.E. Mr.", ""), ("", "")],
    event: "the Opening of the {F} Forum on Water Security",
    capitals: [
      ("Geneva", "Switzerland"), ("Nairobi", "Kenya"), ("Moscow", "Russia"),
      ("Buenos Aires", "Argentina"),
    ],
    placeDate: "{P}, {DATE}", labels: ("Date:", "Venue:", "Speaker:"),
    deliveryNote: "Check against delivery",
    salutation: "Excellencies, ladies and gentlemen,",
    addressing: "Dear Minister {A},",
    body: [
      "It is an honour to open this forum on the future of our rivers and our cities.",
      "Over the past decade, our regions have learned that water knows no borders.",
      "Farmers, engineers and mayors have shown us how much can be done when we share what we know.",
      "Let us leave this city with commitments that our children will be proud of.",
    ],
    closing: "Thank you.",
    historical: "On {HDATE}, our predecessors signed the first charter on shared rivers.")

  static let french = VariationLanguage(
    code: "fr", locale: "fr_FR", script: .latin,
    titles: ["Discours", "Allocution", "Intervention", "Déclaration"],
    headlines: ["{T} de {S}, {O}, lors de {E}", "{T} de {S} à l’occasion de {E}"],
    titleAtEvent: "{T} lors de {E}",
    offices: [
      ("ministre des Affaires étrangères de la République de {C}", ""),
      ("ambassadeur de {C} auprès de {D}", ""), ("secrétaire général de l’Union de {C}", ""),
      ("président de la République de {C}", ""),
    ],
    shortOffices: ["le ministre", "l’ambassadeur", "le secrétaire général", "le président"],
    honorifics: [("M.", ""), ("Mme", ""), ("S.E.", ""), ("S.E. M.", ""), ("Dr", ""), ("", "")],
    event: "l’ouverture du Forum de {F} sur l’eau",
    capitals: [
      ("Genève", "Suisse"), ("Dakar", "Sénégal"), ("Moscou", "Russie"), ("Ottawa", "Canada"),
    ],
    placeDate: "{P}, le {DATE}", labels: ("Date :", "Lieu :", "Orateur :"),
    deliveryNote: "Seul le prononcé fait foi",
    salutation: "Mesdames et Messieurs,", addressing: "Monsieur le Ministre {A},",
    body: [
      "C’est un honneur d’ouvrir ce forum consacré à l’avenir de nos fleuves et de nos villes.",
      "Au cours de la dernière décennie, nos régions ont appris que l’eau ne connaît pas de frontières.",
      "Les agriculteurs, les ingénieurs et les maires nous ont montré tout ce qui est possible "
        + "lorsque nous partageons nos savoirs.",
      "Quittons cette ville avec des engagements dont nos enfants seront fiers.",
    ],
    closing: "Je vous remercie.",
    historical:
      "Le {HDATE}, nos prédécesseurs ont signé la première charte sur les fleuves partagés.")

  static let spanish = VariationLanguage(
    code: "es", locale: "es_ES", script: .latin,
    titles: ["Discurso", "Palabras", "Intervención", "Declaración"],
    headlines: ["{T} de {S}, {O}, en {E}", "{T} del {O}, {S}, durante {E}"],
    titleAtEvent: "{T} en {E}",
    offices: [
      ("Ministro de Relaciones Exteriores de {C}", ""), ("Embajador de {C} en {D}", ""),
      ("Secretario General de la Unión de {C}", ""), ("Presidente de la República de {C}", ""),
    ],
    shortOffices: ["el Ministro", "el Embajador", "el Secretario General", "el Presidente"],
    honorifics: [
      ("Sr.", ""), ("Sra.", ""), ("Dña.", ""), ("D.", ""), ("Excmo. Sr.", ""), ("", ""),
    ],
    event: "la inauguración del Foro {F} sobre el Agua",
    capitals: [
      ("Ginebra", "Suiza"), ("Lima", "Perú"), ("Madrid", "España"), ("Bogotá", "Colombia"),
    ],
    placeDate: "{P}, {DATE}", labels: ("Fecha:", "Lugar:", "Orador:"),
    deliveryNote: "Cotejar con el discurso pronunciado",
    salutation: "Señoras y señores:", addressing: "Estimado Ministro {A}:",
    body: [
      "Es un honor inaugurar este foro dedicado al futuro de nuestros ríos y de nuestras ciudades.",
      "Durante la última década, nuestras regiones han aprendido que el agua no conoce fronteras.",
      "Los agricultores, los ingenieros y los alcaldes nos han mostrado cuánto se puede lograr "
        + "cuando compartimos lo que sabemos.",
      "Salgamos de esta ciudad con compromisos de los que nuestros hijos se sientan orgullosos.",
    ],
    closing: "Muchas gracias.",
    historical:
      "El {HDATE}, nuestros predecesores firmaron la primera carta sobre los ríos compartidos.")
}
