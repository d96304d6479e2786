import LecternAudio
import LecternSpeech
import LecternSystem
import LecternText

/// A mastered part in the cache, beside the speech it was made from: its samples, figures,
/// utterance timings, padding and level envelope, bound to its audio key
/// (``PartMastering/key(of:)``).
///
/// A part is a pure function of its audio key, so a render that finds the entry neither
/// masters nor measures the part again: after a one-paragraph edit, mastering and measuring
/// the unchanged parts was most of a re-render. The entry holds the key, a format version and
/// a CRC-32 over all of it; any mismatch (another key, a torn or damaged file, another
/// version) makes it unusable, and it is removed and made again.
///
/// Layout (little-endian): `LMST`, version, the key, the ``PartRecord`` of the part (timings,
/// figures, levels), the padding, the samples, then the CRC-32 of everything before it. When
/// the mastering changes nothing (`raw` at the engine's rate), the samples are the part's
/// speech laid out, which the cache holds already: the entry stores a count of −1 and none,
/// and the reader lays the speech out again.
enum MasteredArchive {
  /// The extension of an entry in the cache.
  static let entryExtension = ".lmaster"
  /// The largest entry read: about three hours of 48 kHz audio.
  static let largest = 1 << 30
  private static let magic = Array("LMST".utf8)
  private static let version: UInt32 = 2

  /// The bytes of `entry`, whose audio key is `entry.part.key`; its samples left out unless
  /// `withSamples`.
  static func bytes(of entry: MasteredEntry, withSamples: Bool = true) -> [UInt8] {
    let part = entry.part
    var out = ByteWriter(capacity: (withSamples ? entry.bytes : 0) + 4_096)
    out.append(contentsOf: magic)
    out.append(version)
    out.put(part.key)
    PartRecord(
      key: part.key, frames: part.frames, figures: part.figures, check: nil,
      timings: part.timings, levels: entry.levels ?? []
    ).encode(into: &out)
    out.put(part.padding.head)
    out.put(part.padding.tail)
    out.put(withSamples ? entry.samples.count : -1)
    if withSamples { out.append(entry.samples) }
    out.append(CRC32.checksum(out.bytes[...]))
    return out.bytes
  }

  /// The entry `bytes` hold for audio key `key`, its timings given `part`'s utterances and,
  /// when it holds no samples, its samples `laidOut()`; `nil` unless every check passes.
  static func entry(
    _ bytes: [UInt8], key: String, part: Part, laidOut: () -> [Int16]? = { nil }
  ) -> MasteredEntry? {
    guard bytes.count >= magic.count + 8 else { return nil }
    let body = bytes.count - 4
    var tail = ByteReader(bytes, offset: body)
    guard tail.read(UInt32.self) == CRC32.checksum(bytes[..<body]) else { return nil }
    var input = ByteReader(bytes, offset: 0, end: body)
    guard input.readBytes(count: magic.count) == magic, input.read(UInt32.self) == version,
      (try? input.string()) == key,
      let record = try? PartRecord.decode(&input, part: part), record.key == key,
      let head = try? input.int(), let trail = try? input.int(), head >= 0, trail >= 0,
      let count = try? input.int(),
      let samples = count == -1 ? laidOut() : input.readSamples(count: count),
      samples.count == record.frames, input.remaining == 0
    else { return nil }
    let mastered = MasteredPart(
      part: part, key: key, timings: record.timings, frames: record.frames,
      padding: (head, trail), figures: record.figures)
    return MasteredEntry(
      part: mastered, samples: samples, levels: record.levels.isEmpty ? nil : record.levels)
  }
}

extension SynthesisCache {
  /// Where the mastered entry for audio key `key` lives.
  func masteredPath(forKey key: String) -> String {
    "\(directory)/\(key.prefix(2))/\(key)\(MasteredArchive.entryExtension)"
  }

  /// The mastered part for audio key `key`, checked (``MasteredArchive``); `nil` when there is
  /// none, and an unusable one is removed.
  func mastered(
    forKey key: String, part: Part, laidOut: () -> [Int16]? = { nil }
  ) -> MasteredEntry? {
    let path = masteredPath(forKey: key)
    guard FileSystem.exists(path) else { return nil }
    guard case .success(let bytes) = BoundedFile.read(path, limit: MasteredArchive.largest),
      let entry = MasteredArchive.entry(bytes, key: key, part: part, laidOut: laidOut)
    else {
      FileSystem.removeTree(path)
      return nil
    }
    // Touched, so that pruning removes the least recently used first.
    FileSystem.touch(path)
    return entry
  }

  /// Keeps `entry` for the next render (its samples only `withSamples`): written beside its
  /// final name, then renamed, so that a reader never sees half an entry. Not synced: a torn
  /// entry fails its checksum.
  func keep(_ entry: MasteredEntry, withSamples: Bool = true) throws(SystemError) {
    let path = masteredPath(forKey: entry.part.key)
    try prepare(key: entry.part.key)
    let temporary = TemporaryName.path(beside: path)
    do throws(SystemError) {
      try AtomicFile.writeNewFile(
        MasteredArchive.bytes(of: entry, withSamples: withSamples), at: temporary, syncing: false)
      try FileSystem.rename(temporary, to: path, failureStatus: .ioError)
    } catch {
      FileSystem.removeTree(temporary)
      throw error.reporting(temporary, as: path)
    }
  }
}
