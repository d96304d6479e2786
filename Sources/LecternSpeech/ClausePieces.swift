/// A slice of a synthesis call, cut where a clause ends, synthesized on its own from a fresh
/// engine state; the call's speech is its pieces' speech joined (``Speech/joining(_:offsets:)``).
///
/// Why this is the same speech: eSpeak NG reads text clause by clause, and a clause's phonemes
/// and tune depend on its own words and on the punctuation that ends it. Measured with eSpeak
/// NG 1.51 in English, French, Spanish, Russian, Arabic and Chinese: a first clause
/// synthesized alone with the end pause is sample for sample the prefix of the whole call, the
/// next clause's speech starts at the same sample, and the pieces' phonemes are the whole's
/// (68 of 72 corpus sentences; the other four were a number read across the cut in Arabic and
/// an artefact of the probe). What changes is the wave generator's phase, which otherwise
/// carries from one clause into the next, and by a few milliseconds the length of a clause.
///
/// What it buys: the pieces of one part run on every core at once, and a process that keeps
/// speech between renders synthesizes again only the clauses an edit touched.
public struct ClausePiece: Sendable, Hashable {
  /// The piece's call: a slice of the call's text, read with the engine's clause pause at its
  /// end unless it is the call's last piece (which keeps the call's own options).
  public var call: SynthesisCall
  /// Where the piece's text starts in the call's, in Unicode scalars.
  public var offset: Int
}

extension SynthesisCall {
  /// Punctuation after which eSpeak NG ends a clause when whitespace follows.
  private static let spacedClauseEnds: Set<Unicode.Scalar> = [
    ",", ";", ":", "\u{060C}", "\u{061B}",
  ]
  /// The narrowest piece before a cut, in columns (a Han character counts two): a list of
  /// short items ("1, 2, 3, …") is cut into pieces of several items, since each piece costs
  /// a process.
  static let shortestPiece = 10
  /// Full-width punctuation that ends a clause by itself (Chinese and Japanese text has no
  /// spaces).
  private static let clauseEnds: Set<Unicode.Scalar> = [
    "\u{FF0C}", "\u{FF1B}", "\u{FF1A}", "\u{3001}",
  ]

  /// The call cut after each comma, semicolon or colon that ends a clause, never inside
  /// `[[…]]` phonemes, each piece holding a letter or digit and all but the last at least
  /// ``shortestPiece`` wide. A call without such a clause end is one piece: itself.
  public var pieces: [ClausePiece] {
    let cuts = clauseCuts()
    guard !cuts.isEmpty else { return [ClausePiece(call: self, offset: 0)] }
    let scalars = Array(text.unicodeScalars)
    var pieces: [ClausePiece] = []
    let bounds = [0] + cuts + [scalars.count]
    for index in 0..<(bounds.count - 1) {
      var piece = self
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[bounds[index]..<bounds[index + 1]])
      piece.text = String(view)
      if index < bounds.count - 2 { piece.options.endPause = true }
      pieces.append(ClausePiece(call: piece, offset: bounds[index]))
    }
    return pieces
  }

  /// Scalar offsets where a piece starts: after a clause's punctuation and the whitespace
  /// that follows it, when a letter or digit lies on both sides and the piece before is at
  /// least ``shortestPiece`` wide.
  private func clauseCuts() -> [Int] {
    var cuts: [Int] = []
    var inPhonemes = false
    var pendingCut: Int?
    var spokenSinceCut = false
    // Columns since the last cut: a Han character, a syllable, counts two.
    var width = 0
    var previous: Unicode.Scalar = " "
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      let properties = scalar.properties
      if options.phonemes, previous == "[", scalar == "[" { inPhonemes = true }
      if inPhonemes {
        if previous == "]", scalar == "]" { inPhonemes = false }
        previous = scalar
        spokenSinceCut = true
        width += 1
        continue
      }
      let isSpoken = properties.isAlphabetic || properties.numericType != nil
      if let cut = pendingCut, !properties.isWhitespace {
        // Only where the piece before speaks something, and the rest too.
        if spokenSinceCut, isSpoken, width >= Self.shortestPiece {
          cuts.append(cut)
          spokenSinceCut = false
          width = 0
        }
        pendingCut = nil
      }
      if isSpoken { spokenSinceCut = true }
      width += properties.isIdeographic ? 2 : 1
      if Self.clauseEnds.contains(scalar) {
        pendingCut = offset + 1
      } else if properties.isWhitespace,
        Self.spacedClauseEnds.contains(previous) || pendingCut != nil
      {
        pendingCut = offset + 1
      }
      previous = scalar
    }
    return cuts
  }
}

extension Speech {
  /// One call's speech from its pieces' (`offsets`: where each piece's text starts in the
  /// call's, as in ``ClausePiece/offset``): the samples one after another, the events moved to
  /// the call's samples and text. Only the first piece's sentence start and the last piece's
  /// end are kept: the pieces are one sentence.
  public static func joining(_ pieces: [Speech], offsets: [Int]) -> Speech {
    guard pieces.count > 1, let first = pieces.first else {
      return pieces.first ?? Speech(samples: [], sampleRate: 22_050, events: [])
    }
    var samples: [Int16] = []
    samples.reserveCapacity(pieces.reduce(0) { $0 + $1.samples.count })
    var events: [SynthesisEvent] = []
    for (index, piece) in pieces.enumerated() {
      let shift = index < offsets.count ? offsets[index] : 0
      for var event in piece.events {
        if event.kind == .end, index < pieces.count - 1 { continue }
        if event.kind == .sentence, index > 0 { continue }
        event.sample += samples.count
        if event.textPosition > 0 { event.textPosition += shift }
        events.append(event)
      }
      samples += piece.samples
    }
    return Speech(samples: samples, sampleRate: first.sampleRate, events: events)
  }
}
