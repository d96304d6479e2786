import LecternAudio
import LecternSpeech
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
    var out = ByteWriter()
    encode(into: &out)
    try AtomicFile.writeNewFile(out.bytes, at: path, syncing: false)
  }

  /// Appends the record's bytes to `out`.
  func encode(into out: inout ByteWriter) {
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
    out.append(contentsOf: levels)
  }

  /// Reads back what ``save(to:)`` wrote for `part`.
  static func load(_ path: String, part: Part) throws -> PartRecord {
    guard case .success(let bytes) = BoundedFile.read(path, limit: 1 << 30) else {
      throw RenderError(.writeFailed, "cannot read back \(path)")
    }
    var input = ByteReader(bytes)
    guard let record = try? decode(&input, part: part), input.remaining == 0 else {
      throw RenderError(.writeFailed, "\(path): not a part record this render wrote")
    }
    return record
  }

  /// The record ``encode(into:)`` wrote for `part`, read from `input`.
  static func decode(_ input: inout ByteReader, part: Part) throws -> PartRecord {
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
    guard count == part.utterances.count else { throw MalformedRecord() }
    var timings: [UtteranceTiming] = []
    for utterance in part.utterances {
      let (start, end, silenced) = (try input.int(), try input.int(), try input.int() == 1)
      var spans: [Range<Int>] = []
      for _ in 0..<(try input.count()) {
        let (lower, upper) = (try input.int(), try input.int())
        guard lower <= upper else { throw MalformedRecord() }
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
    self.init(
      key: part.key, frames: part.frames, padding: part.padding,
      peaks: (part.figures.truePeak, part.figures.samplePeak), samples: samples)
  }

  /// A summary of these values.
  init(
    key: String, frames: Int, padding: (head: Int, tail: Int),
    peaks: (truePeak: Double, samplePeak: Double), samples: PartSamples
  ) {
    self.key = key
    self.frames = frames
    self.padding = padding
    self.peaks = peaks
    self.samples = samples
  }
}

/// A spool record that ends early or holds an impossible value.
struct MalformedRecord: Error {}

/// The byte coding of a render's spool records (``PartRecord``): integers as 64 bits, doubles
/// by their bit pattern, strings as a length and UTF-8. A spool record is written and read by
/// the same process, so it has no version or checksum (a cache entry adds both,
/// ``MasteredArchive``): a record that does not read back exactly is refused.
extension ByteWriter {
  mutating func put(_ value: Int) { append(Int64(value)) }
  mutating func put(_ value: Double) { append(value) }
  mutating func put(_ text: String) { append(text) }

  /// An optional double: a flag, then the value when there is one.
  mutating func put(_ value: Double?) {
    put(value == nil ? 0 : 1)
    if let value { put(value) }
  }
}

extension ByteReader {
  mutating func int() throws(MalformedRecord) -> Int {
    guard let value = read(Int64.self) else { throw MalformedRecord() }
    return Int(value)
  }

  mutating func double() throws(MalformedRecord) -> Double {
    guard let value = readDouble() else { throw MalformedRecord() }
    return value
  }

  mutating func optionalDouble() throws(MalformedRecord) -> Double? {
    try int() == 0 ? nil : try double()
  }

  /// A count of items that follow: never negative.
  mutating func count() throws(MalformedRecord) -> Int {
    let count = try int()
    guard count >= 0 else { throw MalformedRecord() }
    return count
  }

  mutating func bytes(count: Int) throws(MalformedRecord) -> [UInt8] {
    guard let bytes = readBytes(count: count) else { throw MalformedRecord() }
    return bytes
  }

  mutating func string() throws(MalformedRecord) -> String {
    guard let text = readString() else { throw MalformedRecord() }
    return text
  }
}
