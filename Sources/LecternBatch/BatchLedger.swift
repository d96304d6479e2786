import Foundation
import LecternRender

/// A batch's own records in its output folder, `OUTPUT/.lectern/`, written only by
/// write-then-rename (atomic on NFS too) and each file by one shard at a time:
///
/// - `batches/HASH.jsonl`: the documents a batch was asked to render, one JSON object a line
///   (``RecordedDocument``), named by the hash of its content. Every shard of a batch would
///   write the same bytes, so a shard writes it only if it is not there yet; a shard that never
///   ran still has its documents reported as missing.
/// - `failures/NAME.json`: the last failure of document NAME (``FailureRecord``), written
///   and removed only by the shard that renders NAME.
///
/// Document names cannot start with a dot, so `.lectern` never meets a document's folder.
public struct BatchLedger: Sendable {
  /// The output folder.
  public let output: String

  /// The ledger of output folder `output`.
  public init(output: String) { self.output = output }

  /// `OUTPUT/.lectern/batches`.
  public var batchesFolder: String { output + "/.lectern/batches" }
  /// `OUTPUT/.lectern/failures`.
  public var failuresFolder: String { output + "/.lectern/failures" }

  /// Records that `documents` make a batch (see the type's description).
  public func recordBatch(_ documents: [BatchDocument]) throws(BatchError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes: [UInt8] = []
    for document in documents {
      let record = RecordedDocument(
        document: document.name, source: document.source, words: document.words)
      // Encoding a struct of strings and an integer cannot fail.
      bytes += (try? encoder.encode(record)) ?? Data()
      bytes.append(UInt8(ascii: "\n"))
    }
    let path = "\(batchesFolder)/\(ContentDigest.sha256(bytes).prefix(16)).jsonl"
    if BatchFiles.kind(of: path) == .regular { return }
    try BatchFiles.makeDirectories(batchesFolder)
    try BatchFiles.writeAtomically(bytes, to: path)
  }

  /// Every document of every batch recorded here, by name (the latest source wins).
  public func recordedDocuments() -> [String: RecordedDocument] {
    var documents: [String: RecordedDocument] = [:]
    let decoder = JSONDecoder()
    let names = (try? BatchFiles.entries(of: batchesFolder).get()) ?? []
    for name in names.sorted() where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
      _ = BatchFiles.forEachLine(of: "\(batchesFolder)/\(name)", longest: 1 << 16) { line in
        if let record = try? decoder.decode(RecordedDocument.self, from: Data(line.utf8)) {
          documents[record.document] = record
        }
        return true
      }
    }
    return documents
  }

  /// Writes `failure` as the document's failure record.
  public func recordFailure(_ failure: FailureRecord) throws(BatchError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let bytes = [UInt8]((try? encoder.encode(failure)) ?? Data()) + [UInt8(ascii: "\n")]
    try BatchFiles.makeDirectories(failuresFolder)
    try BatchFiles.writeAtomically(bytes, to: failurePath(failure.document))
  }

  /// Removes document `name`'s failure record, if any: it has rendered since.
  public func clearFailure(of name: String) {
    BatchFiles.remove(failurePath(name))
  }

  /// Every failure record here, by document name.
  public func failures() -> [String: FailureRecord] {
    var failures: [String: FailureRecord] = [:]
    let names = (try? BatchFiles.entries(of: failuresFolder).get()) ?? []
    for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
      guard let bytes = BatchFiles.contents(of: "\(failuresFolder)/\(name)", limit: 1 << 20),
        let record = try? JSONDecoder().decode(FailureRecord.self, from: Data(bytes))
      else { continue }
      failures[record.document] = record
    }
    return failures
  }

  private func failurePath(_ name: String) -> String { "\(failuresFolder)/\(name).json" }
}
