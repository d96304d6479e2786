import Foundation

/// What a document's failed render leaves in the output tree, beside (never instead of) its
/// last good render: `OUTPUT/.lectern/failures/NAME.json`, for `lectern report` and for
/// pipelines. The shard that renders the document writes it, and removes it once a render of
/// the document succeeds or is found current.
public struct FailureRecord: Codable, Sendable, Hashable {
  /// The document's name.
  public var document: String
  /// The path it was read from.
  public var source: String
  /// The error, on one line, as the render printed it.
  public var error: String
  /// The exit status the render failed with (sysexits).
  public var status: Int32
  /// The shard that rendered it (`2/4`).
  public var shard: String
  /// The machine it ran on.
  public var host: String
  /// When it failed, ISO 8601 in UTC.
  public var time: String

  /// A record of a failure now, on this machine.
  public init(document: String, source: String, error: String, status: Int32, shard: String) {
    self.document = document
    self.source = source
    self.error = error
    self.status = status
    self.shard = shard
    self.host = ProcessInfo.processInfo.hostName
    self.time = ISO8601DateFormatter().string(from: Date())
  }
}

/// One document of a batch as recorded in `OUTPUT/.lectern/batches/`.
public struct RecordedDocument: Codable, Sendable, Hashable {
  /// The document's name.
  public var document: String
  /// The path it is read from.
  public var source: String
  /// Its weight in the partition (see ``WordCount``).
  public var words: Int
}
