import LecternAudio
import LecternSystem
import LecternText

/// What a render needs of a written part only when it writes its text files (the manifest,
/// captions, chapters): kept in a spool file in the staging folder, one per part, beside its
/// samples' spool, so that memory holds none of it while the other parts are made.
///
/// The utterances themselves are the plan's; the record holds their timings only.
struct PartRecord: Equatable {
  /// The content key of the part's audio.
  var key: String
  /// Its length in output frames.
  var frames: Int
  /// What it measures.
  var figures: LoudnessFigures
  /// Its file's size and checksum.
  var check: PartFileCheck?
  /// Where its utterances sound, in output frames from its first sample (their
  /// `utterance`s are filled in from the plan on reading).
  var timings: [UtteranceTiming]
  /// Its levels for the listening page's envelope (empty without the page).
  var levels: [UInt8] = []

  /// The record's spool file for part `number` in the spool folder `spool`.
  static func path(_ number: Int, in spool: String) -> String { "\(spool)/\(number).part" }

  /// Writes the record to `path` (a new file).
  func save(to path: String) throws(SystemError) {
    var out = RecordBytes()
    out.put(key)
    out.put(frames)
    out.put(figures.integrated)
    for value in [figures.range, figures.truePeak, figures.samplePeak, figures.rms] {
      out.put(value)
    }
    out.put(figures.noiseFloor)
    for value in [figures.head, figures.tail, figures.duration] { out.put(value) }
    out.put(check?.bytes ?? -1)
    out.put(check?.crc32 ?? "")
    out.put(timings.count)
    for timing in timings {
      out.put(timing.start)
      out.put(timing.end)
      out.put(timing.silenced ? 1 : 0)
      out.put(timing.spans.count)
      for span in timing.spans {
        out.put(span.lowerBound)
        out.put(span.upperBound)
      }
      out.put(timing.anchors.count)
      for anchor in timing.anchors {
        out.put(anchor.offset)
        out.put(anchor.frame)
      }
    }
    out.put(levels.count)
    out.bytes.append(contentsOf: levels)
    try AtomicFile.writeNewFile(out.bytes, at: path, syncing: false)
  }

  /// Reads back what ``save(to:)`` wrote for `part`.
  static func load(_ path: String, part: Part) throws -> PartRecord {
    guard case .success(let bytes) = BoundedFile.read(path, limit: 1 << 30) else {
      throw RenderError(.writeFailed, "cannot read back \(path)")
    }
    var input = RecordBytes(bytes)
    guard let record = try? read(&input, part: part), input.atEnd else {
      throw RenderError(.writeFailed, "\(path): not a part record this render wrote")
    }
    return record
  }

  private static func read(_ input: inout RecordBytes, part: Part) throws -> PartRecord {
    let key = try input.string()
    let frames = try input.int()
    let figures = LoudnessFigures(
      integrated: try input.optionalDouble(), range: try input.double(),
      truePeak: try input.double(), samplePeak: try input.double(), rms: try input.double(),
      noiseFloor: try input.optionalDouble(), head: try input.double(),
      tail: try input.double(), duration: try input.double())
    let bytes = try input.int()
    let crc32 = try input.string()
    let count = try input.count()
    guard count == part.utterances.count else { throw RecordBytes.Malformed() }
    var timings: [UtteranceTiming] = []
    for utterance in part.utterances {
      let (start, end, silenced) = (try input.int(), try input.int(), try input.int() == 1)
      var spans: [Range<Int>] = []
      for _ in 0..<(try input.count()) {
        let (lower, upper) = (try input.int(), try input.int())
        guard lower <= upper else { throw RecordBytes.Malformed() }
        spans.append(lower..<upper)
      }
      var anchors: [TextAnchor] = []
      for _ in 0..<(try input.count()) {
        anchors.append(TextAnchor(offset: try input.int(), frame: try input.int()))
      }
      timings.append(
        UtteranceTiming(
          utterance: utterance, start: start, end: end, spans: spans, anchors: anchors,
          silenced: silenced))
    }
    return PartRecord(
      key: key, frames: frames, figures: figures,
      check: bytes < 0 ? nil : PartFileCheck(bytes: bytes, crc32: crc32), timings: timings,
      levels: try input.bytes(count: try input.count()))
  }
}

/// What a render keeps in memory of each written part until the end: what the layout, the
/// whole file and its tags need (the rest is in the part's ``PartRecord``).
struct PartSummary {
  /// The content key of the part's audio (it seeds the room tone after it, and keys the
  /// whole file's tags).
  var key: String
  /// Its length in output frames.
  var frames: Int
  /// Frames of quiet the profile's head and tail added.
  var padding: (head: Int, tail: Int)
  /// Its true peak (dBTP) and sample peak (dBFS): the whole file's are the parts' largest.
  var peaks: (truePeak: Double, samplePeak: Double)
  /// Where its mastered samples wait for the whole file.
  var samples: PartSamples

  /// The summary of `part`, whose samples wait in `samples`.
  init(_ part: MasteredPart, samples: PartSamples) {
    key = part.key
    frames = part.frames
    padding = part.padding
    peaks = (part.figures.truePeak, part.figures.samplePeak)
    self.samples = samples
  }
}

/// The byte coding of a render's spool records (``PartRecord``): 64-bit little-endian
/// integers, doubles by their bit pattern (exact, infinities included), strings as a length
/// and UTF-8. Written and read by the same process, so no version or checksum: a record
/// that does not read back exactly is refused.
struct RecordBytes {
  /// A record that ends early or holds an impossible value.
  struct Malformed: Error {}

  var bytes: [UInt8]
  private var offset = 0

  /// An empty record, to write.
  init() { bytes = [] }

  /// A record to read.
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Whether everything was read.
  var atEnd: Bool { offset == bytes.count }

  mutating func put(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func put(_ value: Double) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// An optional double: a flag, then the value when there is one.
  mutating func put(_ value: Double?) {
    put(value == nil ? 0 : 1)
    if let value { put(value) }
  }

  mutating func put(_ text: String) {
    put(text.utf8.count)
    bytes.append(contentsOf: text.utf8)
  }

  mutating func int() throws(Malformed) -> Int {
    Int(try word() as Int64)
  }

  mutating func double() throws(Malformed) -> Double {
    Double(bitPattern: try word() as UInt64)
  }

  mutating func optionalDouble() throws(Malformed) -> Double? {
    try int() == 0 ? nil : try double()
  }

  /// A count of items that follow: never negative.
  mutating func count() throws(Malformed) -> Int {
    let count = try int()
    guard count >= 0 else { throw Malformed() }
    return count
  }

  mutating func bytes(count: Int) throws(Malformed) -> [UInt8] {
    guard count <= bytes.count - offset else { throw Malformed() }
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  mutating func string() throws(Malformed) -> String {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  private mutating func word<Value: FixedWidthInteger>() throws(Malformed) -> Value {
    let size = MemoryLayout<Value>.size
    guard bytes.count - offset >= size else { throw Malformed() }
    var value = Value.zero
    for index in 0..<size { value |= Value(bytes[offset + index]) << (8 * index) }
    offset += size
    return value
  }
}
