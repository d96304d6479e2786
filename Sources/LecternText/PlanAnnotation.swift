import LecternSystem
import Synchronization

/// Annotating a plan's parts, most of the time planning takes, on several CPUs.
///
/// A part's paragraph language depends on its text alone, and an utterance's spans on its
/// text and context alone (the annotator is pure), so they are computed in chunks at once and
/// put back in order: the plan is the same, byte for byte, whatever the number of workers.
extension Planner {
  /// A part cut into utterances, before its spans are known.
  struct DraftPart: Sendable {
    var id: String
    var kind: Part.Kind
    var texts: [String]
    var role: VoiceRole
    /// The paragraph's pieces, whose language identification may tell (paragraphs only).
    var pieces: [String]?
  }

  /// The parts of `drafts`, annotated unless ``annotating`` leaves them out.
  func annotated(_ drafts: [DraftPart], language: String) -> [Part] {
    let annotator = self.annotator
    let wanted = drafts.map { annotating?.contains($0.id) ?? true }
    let paragraphs = ParallelMap.map(drafts.count, workers: workers) { index in
      guard wanted[index], let pieces = drafts[index].pieces else { return String?.none }
      return annotator.paragraphLanguage(
        of: pieces.joined(separator: "\n"), documentLanguage: language)
    }
    // Every utterance of every wanted part, as (part, utterance) indices: one long paragraph
    // is shared among the workers as well as many short ones.
    let items = drafts.indices.filter { wanted[$0] }.flatMap { part in
      drafts[part].texts.indices.map { (part: part, utterance: $0) }
    }
    let spans = ParallelMap.map(items.count, workers: workers) { index in
      let (part, utterance) = items[index]
      let context = SpanContext(
        documentLanguage: language, role: drafts[part].role, paragraphLanguage: paragraphs[part])
      return annotator.spans(for: drafts[part].texts[utterance], context: context)
    }
    var next = 0
    return drafts.enumerated().map { part, draft in
      let utterances = draft.texts.enumerated().map { index, text in
        var found: [Span] = []
        if wanted[part] {
          found = spans[next]
          next += 1
        }
        // One span of the whole utterance shares its text's storage (see the annotator).
        if found.count == 1, found[0].text == text { found[0].text = text }
        return Utterance(id: "\(draft.id).\(index + 1)", text: text, spans: found)
      }
      return Part(id: draft.id, kind: draft.kind, utterances: utterances)
    }
  }
}

/// A map over `0..<count` computed on several threads, in order.
enum ParallelMap {
  /// `transform` of each index in `0..<count`, in order. With more than one worker the
  /// indices are cut into contiguous chunks, several per worker so that a slow chunk does not
  /// leave the others idle; each of `workers` threads takes the next chunk left. The threads
  /// are joined before it returns (``JoinedThreads``): the process forks afterwards.
  static func map<Value: Sendable>(
    _ count: Int, workers: Int, _ transform: @escaping @Sendable (Int) -> Value
  ) -> [Value] {
    guard workers > 1, count > 1 else { return (0..<count).map(transform) }
    let chunks = min(count, workers * 8)
    let state = Chunks<Value>(count: chunks)
    JoinedThreads.run(min(workers, chunks)) {
      while case let chunk = state.taken.add(1, ordering: .relaxed).oldValue, chunk < chunks {
        let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
        let values = range.map(transform)
        state.results.withLock { $0[chunk] = values }
      }
    }
    return state.results.withLock { $0.flatMap { $0 } }
  }

  /// The chunks' results and the counter of chunks taken, shared by the threads.
  private final class Chunks<Value: Sendable>: Sendable {
    let results: Mutex<[[Value]]>
    let taken = Atomic(0)
    init(count: Int) { results = Mutex([[Value]](repeating: [], count: count)) }
  }
}
