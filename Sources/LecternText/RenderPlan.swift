/// The render plan of one document: what is spoken, in which order, by which voice.
///
/// The plan is the only thing the speech and render layers see of a document. It is a
/// pure value: the same document, profiles and lexicons always give the same plan.
public struct RenderPlan: Sendable, Hashable, Codable {
  /// The document's name: its file stem (`interpol-csto-moscow-2019`).
  public var document: String
  /// The document's language (BCP 47 primary tag, `en`).
  public var language: String
  /// Facts about the address, as far as the document states them.
  public var metadata: DocumentMetadata
  /// The parts, in speaking order: `intro`, `opening`, then the paragraphs.
  public var parts: [Part]
  /// Source lines, and parts of lines, that are not spoken, each with its reason.
  public var dropped: [DroppedLine]
  /// Lines whose structure reading was a close call (furniture or speech): for `check`.
  public var borderline: [BorderlineLine] = []
  /// What language identification found on the whole document, when it was asked.
  public var detection: LanguageGuess?
  /// Whether ``language`` was stated by the user (`--language`) rather than detected.
  public var languageStated = false

  /// Creates a plan.
  public init(
    document: String, language: String, metadata: DocumentMetadata = DocumentMetadata(),
    parts: [Part], dropped: [DroppedLine] = [], borderline: [BorderlineLine] = []
  ) {
    self.document = document
    self.language = language
    self.metadata = metadata
    self.parts = parts
    self.dropped = dropped
    self.borderline = borderline
  }

  /// The part with the given id, if any.
  public func part(id: String) -> Part? {
    parts.first { $0.id == id }
  }

  /// Whether anything would be said: some span gives the engine a letter or a digit. A plan
  /// without (every line dropped as a page number or rule, or bare list numbers) renders to
  /// silence, which must never replace an earlier render.
  public var hasWords: Bool {
    parts.contains { part in
      part.utterances.contains { utterance in
        utterance.spans.contains { span in
          span.spoken.unicodeScalars.contains {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
          }
        }
      }
    }
  }
}

/// What a document states about the address it holds.
public struct DocumentMetadata: Sendable, Hashable, Codable {
  /// The address's title or occasion.
  public var title: String?
  /// Who gives the address (name and office).
  public var speaker: String?
  /// The event at which it is given.
  public var event: String?
  /// Where it is given.
  public var place: String?
  /// When it is given, as the document writes it, with its digits in ASCII.
  public var date: String?

  /// Creates metadata; every field is optional.
  public init(
    title: String? = nil, speaker: String? = nil, event: String? = nil, place: String? = nil,
    date: String? = nil
  ) {
    self.title = title
    self.speaker = speaker
    self.event = event
    self.place = place
    self.date = date
  }
}

/// One part of an address: the spoken intro, the opening salutations, or a paragraph.
public struct Part: Sendable, Hashable, Codable, Identifiable {
  /// What role a part plays in the address.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The narrator's introduction: what this is, who speaks, where and when.
    case intro
    /// Salutations and greetings before the body.
    case opening
    /// A paragraph of the body.
    case paragraph
  }

  /// The part's id: `intro`, `opening`, the printed paragraph number, or a sequence number.
  public var id: String
  /// The part's role.
  public var kind: Kind
  /// The part's utterances, in order.
  public var utterances: [Utterance]

  /// Creates a part.
  public init(id: String, kind: Kind, utterances: [Utterance]) {
    self.id = id
    self.kind = kind
    self.utterances = utterances
  }
}

/// One synthesis unit: a sentence, a salutation, or a clause of a very long sentence.
public struct Utterance: Sendable, Hashable, Codable, Identifiable {
  /// `PART.N`, 1-based (`15.3`).
  public var id: String
  /// The utterance's source text, as the document writes it.
  public var text: String
  /// The utterance cut into runs of one language and voice, in order.
  public var spans: [Span]

  /// Creates an utterance.
  public init(id: String, text: String, spans: [Span]) {
    self.id = id
    self.text = text
    self.spans = spans
  }
}

/// A run of an utterance spoken by one voice in one synthesis call.
public struct Span: Sendable, Hashable, Codable {
  /// The span's source text.
  public var text: String
  /// The text sent to the engine (after lexicon aliases and transliteration).
  public var spoken: String
  /// The span's language (BCP 47 primary tag).
  public var lang: String
  /// The name of the voice profile that speaks it.
  public var voice: String
  /// Whether `spoken` holds eSpeak phoneme input (`[[…]]`) to be read as phonemes.
  public var phonemes: Bool

  /// Creates a span.
  public init(text: String, spoken: String, lang: String, voice: String, phonemes: Bool = false) {
    self.text = text
    self.spoken = spoken
    self.lang = lang
    self.voice = voice
    self.phonemes = phonemes
  }
}

/// A source line, or a part of one, that is not spoken.
public struct DroppedLine: Sendable, Hashable, Codable {
  /// The 1-based line number in the source file.
  public var line: Int
  /// The line's text, or the part of it that is not spoken.
  public var text: String
  /// Why it is not spoken, in a few words.
  public var reason: String
  /// Whether `text` is only a part of the line (a page number inside a sentence, a
  /// footnote mark, the header run into the first sentence); the rest is spoken.
  public var fragment: Bool

  /// Creates a dropped line or fragment.
  public init(line: Int, text: String, reason: String, fragment: Bool = false) {
    self.line = line
    self.text = text
    self.reason = reason
    self.fragment = fragment
  }
}

/// A line whose reading was a close call: dropped as furniture though it looks a little like
/// speech, or spoken though it looks a little like furniture. `lectern check` lists them.
public struct BorderlineLine: Sendable, Hashable, Codable {
  /// The 1-based line number in the source file.
  public var line: Int
  /// The line's text.
  public var text: String
  /// Whether it was dropped (else it is spoken).
  public var dropped: Bool
  /// What made it a close call.
  public var reason: String

  /// Creates a borderline line.
  public init(line: Int, text: String, dropped: Bool, reason: String) {
    self.line = line
    self.text = text
    self.dropped = dropped
    self.reason = reason
  }
}
