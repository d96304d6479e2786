import Testing

@testable import LecternText

/// Header facts read by shape, with names, places and occasions no language file lists
/// (Quilleth, Vaskon, Brivonne, Torvik): a lower-case joining word ends a name after "by", a
/// lone speaker's label names the speaker, a caption of the headline's occasion dates and
/// places the address, a dated header run into the address after its occasion, and the
/// negatives: a person is no place, a heading or persons addressed are no speaker.
@Suite struct HeaderClassesTests {
  private func plan(_ lines: [String]) -> RenderPlan {
    LanguageTestSupport.planPage(lines)
  }

  private var vocabulary: StructureVocabulary { StructureVocabulary(LanguageTestSupport.knowledge) }

  private var parser: HeaderParser {
    HeaderParser(vocabulary: vocabulary, rules: FurnitureRules(vocabulary: vocabulary))
  }

  private let english = InventedSpeech.english
  private let spanish = InventedSpeech.spanish
  private let french = InventedSpeech.french

  private let lead =
    "RIVER NEWS – Minister Odra Quilleth on August 30 hosted a reception for the guilds of the "
    + "river towns. The following is the full text of the speech."

  /// "by" + a capitalized name + a lower-case "at"/"durante" + capitalized words: the name
  /// ends there, and what follows is the occasion, with its place after "in"/"en".
  @Test func aLowerCaseJoiningWordEndsTheNameAfterBy() {
    let english = plan([
      "Remarks by Ambassador Odra Quilleth at Harvest Gathering in Brivonne", "",
      "June 4, 2031", "", self.english,
    ])
    #expect(english.metadata.speaker == "Ambassador Odra Quilleth", "\(english.metadata)")
    #expect(english.metadata.place == "Brivonne", "\(english.metadata)")
    #expect(english.metadata.event?.contains("Gathering") == true, "\(english.metadata)")
    let spanish = plan([
      "Palabras por Embajadora Odra Quilleth durante Fiesta Fluvial en Brivonne", "",
      "4 de junio de 2031", "", self.spanish,
    ])
    #expect(spanish.metadata.speaker == "Embajadora Odra Quilleth", "\(spanish.metadata)")
    #expect(spanish.metadata.place == "Brivonne", "\(spanish.metadata)")
  }

  /// A name of lower-case words before "at" is not cut there: the rule needs a name.
  @Test func aJoiningWordAfterLowerCaseWordsIsNoNamesEnd() {
    let fields = parser.fields("Remarks by the harbour staff at Quay Nine")
    #expect(!fields.contains { $0.kind == .connective && $0.text == "at" }, "\(fields)")
  }

  /// A speaker's label alone on its line in capitals, with an office, above the speech.
  @Test func aLoneSpeakerLabelNamesTheSpeakerAndIsNotSpoken() {
    let result = plan([
      "Versión estenográfica de la reunión de los puertos del norte.", "",
      "SENADORA ODRA QUILLETH VASKON:", "", "Muchas gracias, Torvik.", "", spanish,
    ])
    #expect(result.metadata.speaker?.contains("QUILLETH") == true, "\(result.metadata)")
    let spoken = result.parts.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains("SENADORA ODRA") }, "\(spoken)")
    #expect(spoken.contains { $0.contains("Muchas gracias, Torvik.") }, "\(spoken)")
  }

  /// A heading in capitals before a colon is no speaker's label: it holds no office, or a
  /// title word.
  @Test(arguments: ["CONCLUSIONES DEL PUERTO:", "MENSAJE DEL MINISTRO DE PUERTOS:"])
  func aHeadingInCapitalsIsNoSpeakersLabel(heading: String) {
    var structure = DocumentStructure()
    var body = [heading, spanish].enumerated().map {
      SourceLine(number: $0.offset + 1, text: $0.element, indent: 0, blankBefore: true)
    }
    let salutation = Salutation(Array(LanguageTestSupport.knowledge.byLanguage.values))
    _ = structure.removeTranscriptLabels(&body, vocabulary: vocabulary, salutation: salutation)
    #expect(body.allSatisfy { !$0.text.isEmpty })
    #expect(structure.metadata.speaker == nil, "\(structure.metadata)")
    #expect(structure.dropped.isEmpty)
  }

  /// A header's own speaker stays when a lone label names someone.
  @Test func aLoneLabelDoesNotReplaceTheHeadersSpeaker() {
    let result = plan([
      "Discurso de la Senadora Ana Brivo Torvik", "", "SENADORA ODRA QUILLETH:", "", spanish,
    ])
    #expect(result.metadata.speaker?.contains("Brivo") == true, "\(result.metadata)")
  }

  /// Persons addressed in a list are no speaker, even when the header's "speaker" reads as a
  /// headline and the line starts with an honorific.
  @Test func personsAddressedAreNoSpeaker() {
    var structure = DocumentStructure()
    structure.metadata.speaker = "Quay Nine at the harbour of the north"
    let line = SourceLine(
      number: 3,
      text: "Honorable Wardens, Distinguished Guests, Members of the Torvik Guild, Friends.",
      indent: 0, blankBefore: true)
    let salutation = Salutation(Array(LanguageTestSupport.knowledge.byLanguage.values))
    structure.readSpeaker([line], above: [], vocabulary, salutation)
    #expect(structure.metadata.speaker == "Quay Nine at the harbour of the north")
  }

  /// A photo caption of the headline's occasion names the speaker the headline gives by
  /// office, and gives the place and the whole date.
  @Test func aCaptionOfTheHeadlinesOccasionStatesItsFacts() {
    let result = plan([
      "Minister's speech at Harvest Banquet", lead,
      "Minister Odra Quilleth makes the speech at the Harvest Banquet, Brivonne, August 30, "
        + "2031 - Photo: Vaskon/Torvik |",
      "", english,
    ])
    #expect(result.metadata.speaker == "Minister Odra Quilleth", "\(result.metadata)")
    #expect(result.metadata.place == "Brivonne", "\(result.metadata)")
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
  }

  /// A caption of another occasion states nothing of the address; the reporter's lead, which
  /// the address's opening formula follows, dates it.
  @Test func aCaptionOfAnotherOccasionStatesNothing() {
    let result = plan([
      "Minister's speech at Harvest Banquet", lead,
      "Minister Odra Quilleth visits the Torvik Quay, Brivonne, August 29, 2031 - Photo: "
        + "Vaskon/Torvik |",
      "", english,
    ])
    #expect(result.metadata.place == nil, "\(result.metadata)")
    #expect(result.metadata.date == "August 30", "\(result.metadata)")
    let spoken = result.parts.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains("hosted a reception") }, "\(spoken)")
    #expect(result.metadata.speaker == "Minister", "\(result.metadata)")
  }

  /// A header run into the address, opening with its occasion, a person before a bracketed
  /// place and date: the person is the speaker, not a place; a banner's date above is not
  /// the address's.
  @Test func aDatedRunInHeaderAfterItsOccasionIsRead() {
    let result = plan([
      "ceremonie des moissons allocution de la ministre d'etat ...", "", "09.01.2035 Vues", "",
      "CEREMONIE DES MOISSONS ALLOCUTION DE LA MINISTRE D'ETAT, MINISTRE DES FLEUVES ET DES "
        + "PORTS, ODRA QUILLETH (Brivonne, 3 mai 2031) Monsieur le Préfet, chers amis, " + french,
    ])
    #expect(result.metadata.speaker?.contains("QUILLETH") == true, "\(result.metadata)")
    #expect(result.metadata.place == "Brivonne", "\(result.metadata)")
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken.first?.hasPrefix("Monsieur le Préfet") == true, "\(spoken)")
  }

  /// The words in a bracket with a date are next to it; a name before the bracket is not.
  @Test func aNameBeforeABracketedPlaceAndDateIsNoPlace() {
    let fields = parser.fields("Ministre des Fleuves, Odra Quilleth (Brivonne, 3 mai 2031)")
    let places = fields.filter { $0.kind == .place }.map(\.text)
    #expect(places == ["Brivonne"], "\(fields)")
    let dated = parser.fields("Discours du Ministre des Fleuves, Brivonne (3 mai 2031)")
    #expect(dated.contains { $0.kind == .place && $0.text == "Brivonne" }, "\(dated)")
  }

  /// A headline opens with a title, or with an occasion whose title follows; a sentence does
  /// not.
  @Test func anOccasionThenATitleOpensAHeadline() {
    let keys = { (text: String) in WordKey.keys(text) }
    #expect(RunInHeader.opensWithTitle(keys("Ceremony of the Harvest Address by"), vocabulary))
    #expect(!RunInHeader.opensWithTitle(keys("The ceremony moved all of us deeply"), vocabulary))
    #expect(
      RunInHeader.split(
        "The ceremony moved us, 3 May 2031. We thank the minister of rivers for it all, truly.",
        vocabulary, datedOnly: true) == nil)
  }

  /// A speaker stated by office alone, with an organization's acronym or none, yields to the
  /// person a later header line names after honorifics and offices.
  @Test(arguments: [
    (
      ["ALLOCUTION DU RECTEUR", "", "M. le professeur Odra QUILLETH", "le 22 juin 2031", ""],
      InventedSpeech.french, "QUILLETH"
    ),
    (
      ["Выступление главы РСВ на заседании Совета", "Речь Одры Квиллет 19 апреля 2031 года", ""],
      "Вопросы развития речных портов всегда занимают важное место в повестке нашего совета.",
      "Квиллет"
    ),
  ])
  func anOfficeAloneYieldsToAPersonNamedLater(header: [String], body: String, surname: String) {
    let result = plan(header + [body])
    #expect(result.metadata.speaker?.contains(surname) == true, "\(result.metadata)")
  }

  /// A place and date line closed by a full stop, with its month in lower case ("Dorvel 10.
  /// juni 2031.", "Brivonne, le 3 mars 2031."), is the header's, not the address's first line.
  @Test(arguments: [
    [
      "Harbour days 2031", "", "Dorvel 10. juni 2031.", "",
      "The Minister of Harbours, Odra Quilleth",
    ],
    [
      "Journées du port 2031", "", "Dorvel, le 3 mars 2031.", "",
      "Le ministre des Ports, Odra Quilleth",
    ],
  ])
  func aPlaceAndDateLineWithALowerCaseMonthIsTheHeaders(_ header: [String]) {
    let result = plan(header + ["", header[0].hasPrefix("Harbour") ? english : french])
    #expect(result.metadata.place == "Dorvel", "\(result.metadata)")
    #expect(result.metadata.date?.contains("2031") == true, "\(result.metadata)")
    let spoken = result.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(!spoken.contains { $0.contains("2031") }, "\(spoken)")
  }

  /// A Spanish headline joins its speaker to the occasion with "en el" / "en la" ("Discurso
  /// del alcalde en el Foro …"): the office is the speaker, what follows the occasion.
  @Test(arguments: [
    ("Discurso del alcalde en el Foro del Puerto de Brivonne", "Foro del Puerto de Brivonne"),
    ("Palabras de la rectora en la Fiesta Fluvial de Vaskon", "Fiesta Fluvial de Vaskon"),
  ])
  func aSpanishSpeakerEndsBeforeEnElOrEnLa(headline: String, event: String) {
    let result = plan([headline, "", "12 de marzo de 2031", "", spanish])
    #expect(result.metadata.speaker?.contains(" en ") == false, "\(result.metadata)")
    #expect(result.metadata.event == event, "\(result.metadata)")
  }
}
