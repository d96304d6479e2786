import LecternSpeech
import LecternText

/// How a part is spoken, worked out once: each synthesis call and the span and utterance it
/// speaks. Synthesis runs its calls, layout and the manifest walk its lines, a crash message
/// names the line of the call that crashed — so that changing how spans become calls (merging
/// two, say) cannot leave one of them behind.
public struct PartScript: Sendable {
  /// One synthesis call and what it speaks.
  public struct Line: Sendable {
    /// The index of the utterance in the part.
    public var utterance: Int
    /// The index of the span in the utterance.
    public var span: Int
    /// The call that speaks it.
    public var call: SynthesisCall
  }

  /// The most characters of spoken text in one part: about two hours of speech. A worker
  /// streams each call's audio to its archive (its memory holds one utterance, which the
  /// segmenter keeps under 400 characters), but the render lays a part out in memory: this
  /// bounds it (≈ 300 MB).
  public static let maximumCharacters = 100_000

  /// The part.
  public let part: Part
  /// The calls in speaking order, with what each speaks.
  public let lines: [Line]

  /// Characters of spoken text, all calls together.
  public var characters: Int { lines.reduce(0) { $0 + $1.call.text.unicodeScalars.count } }

  /// The calls, in order.
  public var calls: [SynthesisCall] { lines.map(\.call) }

  /// The indexes of the lines (calls) that speak utterance `index`.
  public func lines(ofUtterance index: Int) -> [Int] {
    lines.indices.filter { lines[$0].utterance == index }
  }

  /// The utterance and span call `index` speaks, if there is such a call.
  public func origin(ofCall index: Int) -> (utterance: Utterance, span: Span)? {
    guard lines.indices.contains(index) else { return nil }
    let utterance = part.utterances[lines[index].utterance]
    return (utterance, utterance.spans[lines[index].span])
  }

  /// "part 7, utterance 7.2: the speech engine crashed (killed by SIGABRT) on “a . a . …”"
  public func crashMessage(call index: Int, reason: String) -> String {
    guard let (utterance, span) = origin(ofCall: index) else {
      return "part \(part.id): the speech engine crashed (\(reason))"
    }
    return "part \(part.id), utterance \(utterance.id): the speech engine crashed "
      + "(\(reason)) on “\(Self.excerpt(span.spoken))”"
  }

  /// The first 40 characters of `text` on one line.
  static func excerpt(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > 40 ? flat.prefix(40) + "…" : flat
  }
}
