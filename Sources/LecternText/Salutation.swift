/// Recognizes salutations ("Excellencies;", "Ladies and Gentlemen,") and greetings
/// ("Good morning.") by their shape and their first words.
///
/// The word lists are the forms of address and greeting that open speeches in the document's
/// language (and in English, the lingua franca of international addresses), read from the
/// `[salutation-words]`, `[salutations]` and `[greetings]` sections of `voices/<lang>.language`;
/// the shape (short, ending in `;`, `,` or `:`) does most of the work, the words settle lines
/// without punctuation and semicolon runs inside a sentence.
struct Salutation: Sendable, Hashable {
  /// The longest salutation, in words; "Distinguished Heads and Representatives of
  /// International and Regional Organizations;" has nine.
  static let longestSalutation = 14
  /// The longest greeting, in words ("Good morning to you all, and welcome.").
  static let longestGreeting = 8

  /// First words (lower case) of forms of address (`[salutation-words]`).
  var addressWords: Set<String> = []
  /// Words of address that say "dear" or "respected" (`[salutation-adjectives]`, lower case):
  /// a salutation opening with one stands alone without its mark ("Querida Comunidad").
  var addressAdjectives: Set<String> = []
  /// Forms of address that stand alone without punctuation in some transcripts
  /// (`[salutations]`, lower case).
  var strongAddresses: [String] = []
  /// Greeting openings (`[greetings]`, lower case).
  var greetings: [String] = []
  /// The words of address of a script written without spaces ("尊敬的", "各位"), which
  /// open a run of letters rather than stand as a word.
  var unspacedAddressWords: [String] = []
  /// The abbreviations sentence counting goes by.
  var abbreviations = AbbreviationTable()

  /// The words of the given languages' files, merged.
  init(_ data: [LanguageData], abbreviations: AbbreviationTable = AbbreviationTable()) {
    self.abbreviations = abbreviations
    for language in data {
      addressWords.formUnion(language.list("salutation-words").map { $0.lowercased() })
      addressAdjectives.formUnion(language.list("salutation-adjectives").map { $0.lowercased() })
      strongAddresses += language.list("salutations").map { $0.lowercased() }
      greetings += language.list("greetings").map { $0.lowercased() }
    }
    unspacedAddressWords = addressWords.filter { word in
      word.unicodeScalars.first.map { Script(of: $0).isUnspaced } ?? false
    }.sorted()
  }

  /// Whether the text (a sentence or a piece before `;`) is a form of address.
  func isSalutation(_ text: String) -> Bool {
    guard TextScan.wordsCount(text, limit: Self.longestSalutation + 1) <= Self.longestSalutation
    else { return false }
    let words = TextScan.words(text)
    guard let first = words.first, words.count <= Self.longestSalutation else { return false }
    return addressWords.contains(first.lowercased())
  }

  /// Whether the text is a short greeting ("Good morning.", "Hello everyone!").
  func isGreeting(_ text: String) -> Bool {
    guard TextScan.wordsCount(text, limit: Self.longestGreeting + 1) <= Self.longestGreeting
    else { return false }
    let words = TextScan.words(text)
    guard !words.isEmpty, words.count <= Self.longestGreeting, isOneSentence(text) else {
      return false
    }
    // Without punctuation only a bare greeting ("Good morning") counts: "Welcome remarks by
    // …" is a title (and structure reading takes a title for one before asking this).
    if LineShape.lastMark(text) == nil && words.count > 3 { return false }
    let lower = words.prefix(2).joined(separator: " ").lowercased()
    return greetings.contains { lower == $0 || lower.hasPrefix($0 + " ") || lower == $0 }
      || greetings.contains(words[0].lowercased()) || opensUnspaced(text, words[0])
  }

  /// The most letters after a greeting in a script written without spaces ("谢谢" + "各位来宾").
  static let longestUnspacedRest = 4

  /// Whether a short sentence of a script written without spaces opens with a greeting
  /// ("谢谢大家！", "大家好。"): its words are not spaced, so the greeting is its first letters.
  /// Only a closed sentence: a title ("欢迎辞") has no sentence mark.
  private func opensUnspaced(_ text: String, _ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, [.han, .kana, .thai].contains(Script(of: first)),
      [".", "!"].contains(LineShape.lastMark(text))
    else { return false }
    return greetings.contains {
      word.hasPrefix($0) && word.count - $0.count <= Self.longestUnspacedRest
    }
  }

  /// Whether `line` goes on with a form of address that `previous` opened before a wrap
  /// ("معالي السيد …، ممثل سيادة الرئيس …" / "رئيس الجمهورية التونسية،"): the line before opens
  /// with a word of address and ends with no mark, and this short line ends as a salutation
  /// does but opens no form of address or greeting of its own. A header's name line above "Excellencies,"
  /// is left alone: that line opens an address of its own.
  func continuesWrapped(previous: String, line: String) -> Bool {
    guard LineShape.lastMark(previous) == nil, let mark = LineShape.lastMark(line),
      mark == "," || mark == ";",
      let first = TextScan.words(previous).first, addressWords.contains(first.lowercased()),
      let own = TextScan.words(line).first, !addressWords.contains(own.lowercased()),
      // A greeting after a salutation opens an utterance of its own ("السلام عليكم …،").
      !isGreeting(line)
    else { return false }
    return TextScan.wordsCount(line, limit: Self.longestSalutation + 1) <= Self.longestSalutation
  }

  /// Whether the text is a salutation ending in `,`, `;` or `:` ("Distinguished guests,").
  func isSalutationLine(_ text: String) -> Bool {
    let end = LineShape.lastMark(text)
    return (end == "," || end == ";" || end == ":") && isSalutation(text)
  }

  /// Whether a sentence at the start of a paragraph belongs to the opening: a greeting, a
  /// salutation ending in `;`, `,`, `:` or `!`, or salutations closed by a greeting
  /// ("Mr. President, Excellencies, good morning.").
  func isOpeningSentence(_ sentence: String) -> Bool {
    if isGreeting(sentence) { return true }
    guard isSalutation(sentence) else { return false }
    if [";", ",", ":", "!"].contains(LineShape.lastMark(sentence)) { return true }
    // Salutations closed by a full stop: "Estimados invitados distinguidos, … amigos todos."
    if LineShape.lastMark(sentence) == "."
      && TextScan.wordCount(sentence, limit: 2 * Self.longestSalutation + 1)
        <= 2 * Self.longestSalutation
    {
      return true
    }
    guard let comma = sentence.lastIndex(of: ",") else { return false }
    return isGreeting(String(sentence[sentence.index(after: comma)...]))
  }

  /// Whether the text holds at most one sentence.
  func isOneSentence(_ text: String) -> Bool {
    SentenceScanner(TextScan.scalars(text), abbreviations: abbreviations).sentences().count
      <= 1
  }

  /// Whether a whole line belongs to the opening: a salutation, a run of salutations joined by
  /// semicolons, or a greeting.
  func isOpeningLine(_ line: String) -> Bool {
    // Most lines are whole paragraphs: counted up to the bound, not split into words.
    guard
      TextScan.wordsCount(line, limit: 3 * Self.longestSalutation + 1)
        <= 3 * Self.longestSalutation
    else { return false }
    // Past a salutation's length only a line ending in "," ";" ":" "!" or in no mark can be
    // one (each test below needs one of those, or at most that many words).
    let end = LineShape.lastMark(line)
    if let end, !",;:!".contains(end),
      TextScan.wordsCount(line, limit: Self.longestSalutation + 1) > Self.longestSalutation
    {
      return false
    }
    let words = TextScan.words(line)
    // "Good evening. It is a privilege …" opens a paragraph: it is no opening line.
    guard !words.isEmpty, words.count <= 3 * Self.longestSalutation, isOneSentence(line) else {
      return false
    }
    if isGreeting(line) { return true }
    if TextScan.holds(0x3B, in: line), line.contains(";") {
      let pieces = line.split(separator: ";").map { TextScan.words(String($0)).count }
      let short = pieces.allSatisfy { $0 <= Self.longestSalutation }
      if short && (isSalutation(line) || end == ";" || end == ",") { return true }
    }
    if (end == ";" || end == "," || end == ":") && words.count <= Self.longestSalutation {
      return true
    }
    if end == "!" && isSalutation(line) { return true }
    if end == nil && words.count <= 6 {
      let lower = words.joined(separator: " ").lowercased()
      // "Dear" and the one or two words it addresses, as copies drop the comma or colon
      // after them ("Querida Comunidad", "Уважаемые петербуржцы"): letters only. A title
      // ("His Excellency …") or an office ("President, …") needs its mark.
      return strongAddresses.contains { lower == $0 || lower.hasPrefix($0 + " ") }
        || opensUnspacedAddress(words)
        || (words.count <= 3 && line.allSatisfy { $0.isLetter || $0 == " " }
          && addressAdjectives.contains(words[0].lowercased()))
    }
    return false
  }

  /// The most letters of one run of a salutation written without spaces ("尊敬的各位来宾" has
  /// seven, "尊敬的国际刑警组织秘书长先生" fourteen).
  static let longestUnspacedAddress = 16

  /// Whether every run of a line without spaces opens with a word of address: "尊敬的各位来宾",
  /// "女士们、先生们", "尊敬的王市长，尊敬的各位来宾", as copies print them without the
  /// colon that ends them on the page.
  private func opensUnspacedAddress(_ words: [String]) -> Bool {
    guard let scalar = words.first?.unicodeScalars.first, Script(of: scalar).isUnspaced else {
      return false
    }
    return words.allSatisfy { word in
      word.count <= Self.longestUnspacedAddress
        && unspacedAddressWords.contains { word.hasPrefix($0) }
    }
  }
}
