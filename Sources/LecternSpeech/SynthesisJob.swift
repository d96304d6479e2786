import LecternSupport

/// One synthesis call: a text and how to read it.
public struct SynthesisCall: Sendable, Hashable, Codable {
  /// The text, UTF-8, plain (no SSML).
  public var text: String
  /// The voice and its parameters.
  public var voice: VoiceSettings
  /// How the text is read.
  public var options: SynthesisOptions

  /// Creates a call.
  public init(text: String, voice: VoiceSettings, options: SynthesisOptions = SynthesisOptions()) {
    self.text = text
    self.voice = voice
    self.options = options
  }
}

/// A sequence of calls synthesized in one fresh child process, whose speech is archived at
/// `destination` (see ``SpeechArchive``) in the order of `calls`.
public struct SynthesisJob: Sendable {
  /// A name for the job, such as the part's id; reported with its outcome.
  public var id: String
  /// The calls, in order.
  public var calls: [SynthesisCall]
  /// Indexes into `calls` whose speech is replaced by an empty ``Speech`` without
  /// synthesizing (for example a call known to crash the engine).
  public var skipping: Set<Int>
  /// The archive path the child writes; it exists only when the job finished.
  public var destination: String
  /// The key the archive is made for (stored in it, checked when it is read), or empty.
  public var key: String

  /// Creates a job.
  public init(
    id: String, calls: [SynthesisCall], skipping: Set<Int> = [], destination: String,
    key: String = ""
  ) {
    self.id = id
    self.calls = calls
    self.skipping = skipping
    self.destination = destination
    self.key = key
  }
}

/// How a job ended.
public enum SynthesisOutcome: Sendable {
  /// The child synthesized every call and wrote the job's archive.
  case finished
  /// The child died during call `callIndex` (−1 before its first call); `reason` names the
  /// signal or exit status and ends with the last line the child wrote on stderr, such as
  /// `killed by SIGABRT: *** stack smashing detected ***: terminated`.
  case crashed(callIndex: Int, reason: String)
  /// The child reported an error, such as an unknown voice or an unwritable archive.
  case failed(SpeechError)
}

/// What a child tells its parent on the report pipe, one record at a time: a tag byte, the
/// payload length (`UInt32`), the payload.
enum ChildReport: Equatable {
  /// The child is starting call `index`.
  case call(Int)
  /// The child failed with an error and exits.
  case failed(SpeechError)
  /// The child wrote its archive and exits.
  case done

  var encoded: [UInt8] {
    var payload = ByteWriter()
    let tag: UInt8
    switch self {
    case .call(let index):
      tag = 1
      payload.append(Int32(clamping: index))
    case .failed(let error):
      tag = 2
      payload.append(error.exitStatus.rawValue)
      payload.append(error.message)
      let (kindTag, fields) = error.kind.fields
      payload.append(kindTag)
      payload.append(UInt8(fields.count))
      for field in fields { payload.append(field) }
    case .done:
      tag = 3
    }
    var record = ByteWriter()
    record.append(tag)
    record.append(UInt32(payload.bytes.count))
    record.append(contentsOf: payload.bytes)
    return record.bytes
  }

  /// The reports in `bytes`; a record cut short by a crash is dropped.
  static func decode(_ bytes: [UInt8]) -> [ChildReport] {
    var reader = ByteReader(bytes)
    var reports: [ChildReport] = []
    while let tag = reader.read(UInt8.self), let length = reader.read(UInt32.self),
      reader.remaining >= Int(length)
    {
      let end = reader.offset + Int(length)
      switch tag {
      case 1:
        if let index = reader.read(Int32.self) { reports.append(.call(Int(index))) }
      case 2:
        if let status = reader.read(Int32.self), let message = reader.readString(),
          let kindTag = reader.read(UInt8.self), let count = reader.read(UInt8.self)
        {
          let fields = (0..<count).compactMap { _ in reader.readString() }
          let kind = SpeechError.Kind(tag: kindTag, fields: fields) ?? .other
          reports.append(
            .failed(SpeechError(kind: kind, message: message, exitStatus: .init(rawValue: status))))
        }
      case 3: reports.append(.done)
      default: break
      }
      reader = ByteReader(bytes, offset: end)
    }
    return reports
  }
}
