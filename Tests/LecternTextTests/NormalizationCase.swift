import LecternText

/// One written form, how it is normalized, and what a person says for it.
///
/// The engine test proves each case with eSpeak NG's phonemes: the phonemes of `spoken` equal
/// those of `says` (words a person would write out; digits where the engine reads them right,
/// as the held-out check counts them), or `heard` (the phonemes themselves, for forms left as
/// written); and for a `fix` the phonemes of the written form differ — the reason it is
/// rewritten, recorded in `kind`.
struct NormalizationCase: Sendable, CustomStringConvertible {
  /// Why the case is what it is.
  enum Kind: Sendable {
    /// eSpeak NG reads the written form wrong (what it says); the normalizer rewrites it.
    case fix(String)
    /// eSpeak NG reads the written form right: it is left as written.
    case kept
    /// Rewritten although eSpeak NG reads both alike (the reason: a pause it makes, a form
    /// the lexicons need).
    case same(String)
  }

  /// The language (span language, voice profile name).
  var language: String
  /// The text as a document writes it.
  var written: String
  /// What the normalizer sends to the engine.
  var spoken: String
  /// What a person says, written out in words (or digits the engine reads right).
  var says: String
  /// Why.
  var kind: Kind
  /// What eSpeak NG says for `spoken` (`espeak-ng -x`), when written-out words cannot show it
  /// (unvocalized Arabic, a number's reduced "and").
  var heard: String?

  /// A case; `says` defaults to `spoken`.
  init(_ language: String, _ written: String, _ spoken: String, says: String? = nil, _ kind: Kind) {
    self.language = language
    self.written = written
    self.spoken = spoken
    self.says = says ?? spoken
    self.kind = kind
  }

  /// A case left as written, with the phonemes eSpeak NG gives it (read right).
  static func kept(_ language: String, _ written: String, heard: String) -> NormalizationCase {
    var item = NormalizationCase(language, written, written, .kept)
    item.heard = heard
    return item
  }

  var description: String { "\(language): \(written)" }
}
