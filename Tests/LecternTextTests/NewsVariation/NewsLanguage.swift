/// How a news site reports an address in one language: a headline with the speaker as the
/// subject of a speech verb, a reporter's lead in the third person with the date, the place and
/// the speaker, a sentence about the event, a caption, and the line that announces the
/// transcript. The speech itself is the header-variation suite's (``VariationLanguage``).
///
/// Placeholders: `{S}` the speaker (honorific and name), `{Sg}` the speaker in the oblique case
/// (Russian genitive), `{O}` the office, `{Os}` a short office before the name, `{E}` the
/// event, `{DATE}` the date, `{CITY}` the city, `{V}` an invented venue's name, `{F}` the
/// forum's invented name.
struct NewsLanguage: Sendable {
  /// The speech material of the language.
  var speech: VariationLanguage
  /// Headlines: the speaker does something with words, in the past or the present.
  var headlines: [String]
  /// Lead sentences naming the date, the city and the speaker (and its office).
  var leads: [String]
  /// Lead sentences naming the date, a venue `{V}` in the city, and the speaker.
  var venueLeads: [String]
  /// What a dateline lead says after "CITY, DATE –".
  var datelined: String
  /// Sentences about the event, in the third person.
  var eventSentences: [String]
  /// Lines announcing the transcript.
  var announcements: [String]
  /// A photo caption: a short line without a sentence mark.
  var caption: String
  /// A first paragraph of the speech that narrates in the first person (`{CITY}`).
  var narrative: String
  /// What separates a dateline from its lead.
  var dash = " – "
}

extension NewsLanguage {
  /// Every language the suite covers, in the header-variation suite's order.
  static let all: [NewsLanguage] = [
    .english, .french, .spanish, .arabic, .russian, .chinese, .german, .portuguese,
  ]

  static let english = NewsLanguage(
    speech: .english,
    headlines: [
      "{Os} {S} delivers keynote at {E}", "{S} delivered remarks at {E}", "{S} speaks at {E}",
      "{Os} {S} addressed {E}",
    ],
    leads: [
      "On {DATE}, {S}, {O}, delivered remarks at {E} in {CITY}.",
      "{O} {S} spoke at {E}, held in {CITY} on {DATE}.",
    ],
    venueLeads: ["On {DATE}, at the {V} Conference Centre in {CITY}, {O} {S} addressed {E}."],
    datelined: "{O} {S} today addressed {E}.",
    eventSentences: [
      "The forum brought together ministers, engineers and mayors from twenty countries.",
      "Participants discussed drought, shared basins and the protection of wetlands.",
    ],
    announcements: [
      "Following is the full text of the speech:", "The full text of the remarks follows:",
    ],
    caption: "{S} at the rostrum",
    narrative:
      "Today I visited the river port of {CITY}, where I met the engineers who keep its locks open."
  )

  static let french = NewsLanguage(
    speech: .french,
    headlines: [
      "{Os} {S} s’adresse aux participants de {E}", "{S} a prononcé un discours lors de {E}",
      "{S} intervient lors de {E}",
    ],
    leads: [
      "Le {DATE}, {S}, {O}, a prononcé un discours lors de {E}, à {CITY}.",
      "{S}, {O}, s’est exprimé à {CITY} le {DATE} à l’occasion de {E}.",
    ],
    venueLeads: ["Le {DATE}, au palais des congrès {V} de {CITY}, {S}, {O}, a pris la parole."],
    datelined: "{S}, {O}, a pris la parole lors de {E}.",
    eventSentences: [
      "Le forum a réuni des ministres, des ingénieurs et des maires de vingt pays.",
      "Les participants ont débattu de la sécheresse et de la protection des zones humides.",
    ],
    announcements: [
      "Voici le texte intégral de son discours :",
      "Lire ci-dessous l’intégralité de l’allocution :",
    ],
    caption: "{S} à la tribune",
    narrative:
      "Aujourd’hui, j’ai visité le port fluvial de {CITY}, où j’ai rencontré les ingénieurs "
      + "qui entretiennent ses écluses.")

  static let spanish = NewsLanguage(
    speech: .spanish,
    headlines: [
      "{Os} {S} interviene en {E}", "{S} pronunció un discurso en {E}", "{S} habla en {E}",
    ],
    leads: [
      "El {DATE}, {S}, {O}, pronunció un discurso en {E}, en {CITY}.",
      "{S}, {O}, intervino en {CITY} el {DATE} durante {E}.",
    ],
    venueLeads: ["El {DATE}, en el Palacio de Congresos {V} de {CITY}, {S}, {O}, tomó la palabra."],
    datelined: "{S}, {O}, intervino hoy en {E}.",
    eventSentences: [
      "El foro reunió a ministros, ingenieros y alcaldes de veinte países.",
      "Los participantes debatieron sobre la sequía y la protección de los humedales.",
    ],
    announcements: [
      "A continuación, el discurso íntegro:", "Este es el texto completo de su intervención:",
    ],
    caption: "{S} en la tribuna",
    narrative:
      "Hoy he visitado el puerto fluvial de {CITY}, donde me reuní con los ingenieros que "
      + "mantienen sus esclusas.")

  static let arabic = NewsLanguage(
    speech: .arabic,
    headlines: ["{Os} {S} يلقي كلمة في {E}", "ألقى {Os} {S} كلمة خلال {E}", "{S} يتحدث في {E}"],
    leads: [
      "في {DATE}، ألقى {S} {O} كلمة خلال {E} في {CITY}.",
      "تحدث {O} {S} في {CITY} يوم {DATE} خلال {E}.",
    ],
    venueLeads: ["في {DATE}، وفي قاعة {V} للمؤتمرات في {CITY}، ألقى {O} {S} كلمة."],
    datelined: "ألقى {O} {S} اليوم كلمة في {E}.",
    eventSentences: [
      "وقد جمع المنتدى وزراء ومهندسين ورؤساء بلديات من عشرين دولة.",
      "وناقش المشاركون الجفاف وحماية الأراضي الرطبة.",
    ],
    announcements: ["وفيما يلي نص الكلمة:", "وجاء نص الكلمة كالتالي:"],
    caption: "{S} على المنصة",
    narrative: "زرت اليوم ميناء {CITY} النهري، حيث التقيت بالمهندسين الذين يديرون أقفاله.",
    dash: " - ")
}
