import Foundation

/// The state of a batch's output folder, from its per-document manifests and the batch's
/// ledger: which documents are done, which failed (with their one-line error), which are
/// missing, and how much audio is there.
public struct BatchReport: Sendable {
  /// One document's state.
  public enum Status: String, Sendable, Codable {
    /// Rendered: its folder holds a manifest, and no later render failed.
    case done
    /// Its last render failed (an earlier good render may still be in its folder).
    case failed
    /// In a recorded batch, but neither rendered nor failed: its shard has not run.
    case missing
  }

  /// One document of the report.
  public struct Entry: Sendable, Codable {
    /// The document's name (its folder).
    public var document: String
    /// Its state.
    public var status: Status
    /// The path it is read from, when known.
    public var source: String?
    /// The length of its rendered audio in seconds (a failed document's earlier render
    /// counts), when it has one.
    public var duration: Double?
    /// The failure, when it failed.
    public var failure: FailureRecord?
    /// Whether its folder has a listening page, `NAME/index.html`.
    public var hasPage: Bool
  }

  /// Every document, sorted by name.
  public var entries: [Entry]

  /// How many documents have `status`.
  public func count(_ status: Status) -> Int { entries.count { $0.status == status } }

  /// Seconds of audio in the documents that are done.
  public var doneSeconds: Double {
    entries.filter { $0.status == .done }.reduce(0) { $0 + ($1.duration ?? 0) }
  }

  /// Whether every document is done.
  public var isComplete: Bool { entries.allSatisfy { $0.status == .done } }

  /// The report of output folder `output`.
  public init(output: String) {
    let ledger = BatchLedger(output: output)
    let recorded = ledger.recordedDocuments()
    let failures = ledger.failures()
    var names = Set(recorded.keys).union(failures.keys)
    let folders = ((try? BatchFiles.entries(of: output).get()) ?? []).filter {
      !$0.hasPrefix(".") && BatchFiles.kind(of: "\(output)/\($0)/manifest.json") == .regular
    }
    names.formUnion(folders)
    entries = names.sorted().map { name in
      let folder = "\(output)/\(name)"
      let manifest = RenderedDocument(manifestAt: folder + "/manifest.json")
      let failure = failures[name]
      let status: Status = failure != nil ? .failed : manifest != nil ? .done : .missing
      return Entry(
        document: name, status: status,
        source: failure?.source ?? manifest?.source ?? recorded[name]?.source,
        duration: manifest?.duration, failure: failure,
        hasPage: manifest != nil && BatchFiles.kind(of: folder + "/index.html") == .regular)
    }
  }
}

/// The few fields of a document's `manifest.json` a report needs.
struct RenderedDocument: Decodable {
  var source: String
  var duration: Double

  /// The manifest at `path`, or `nil` when there is none or it cannot be read.
  init?(manifestAt path: String) {
    guard let bytes = BatchFiles.contents(of: path, limit: 1 << 30),
      let manifest = try? JSONDecoder().decode(Self.self, from: Data(bytes))
    else { return nil }
    self = manifest
  }
}
