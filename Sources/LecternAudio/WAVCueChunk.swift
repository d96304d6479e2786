import Glibc
import LecternSystem

/// The `cue ` chunk of a WAV file, written and read by Lectern itself, after the samples.
///
/// libsndfile 1.2.0 puts cue points in the header it writes before the samples, in a buffer
/// of 64 KiB: from about 2,730 points the header overflows and the file is left without its
/// `data` chunk; and it reads no more than 2,500 points back. So ``SoundFileWriter`` gives
/// libsndfile no cue points and, once the file is closed, appends the chunk after the `data`
/// chunk (RIFF allows chunks in any order, and libsndfile, sox and ffmpeg read it there),
/// then updates the RIFF size (in the `ds64` chunk of an RF64 file, see ``WAVContainer``).
enum WAVCueChunk {
  /// The bytes of one cue point: id, position, chunk id, chunk start, block start, offset.
  static let pointSize = 24

  /// The most points a chunk can hold (its size is a 32-bit field).
  static let maximumCount = (Int(UInt32.max) - 4) / pointSize

  /// Appends a `cue ` chunk with a point at each of `frames` (sample offsets into the
  /// `data` chunk) to the finished WAV file at `path`.
  ///
  /// - Throws: ``AudioError`` naming `path`: `.cannotFinish` when the file is not a whole
  ///   RIFF file or would pass 4 GiB, `.cannotWrite` when writing fails.
  ///
  /// The corresponding C functions are `open`, `fstat`, `pread` and `pwrite`.
  static func append(_ frames: [UInt32], to path: String) throws(AudioError) {
    let file = try system(.cannotFinish, path) { () throws(SystemError) in
      try Descriptor.open(path, O_RDWR, failureStatus: .ioError)
    }
    let (size, head) = try system(.cannotFinish, path) { () throws(SystemError) in
      (try file.status().size, try WAVHead.read(file))
    }
    guard let head, head.size + 8 == size else {
      throw AudioError(
        .cannotFinish, path: path, call: "pread", message: "not a complete RIFF WAVE file")
    }
    var chunk: [UInt8] = []
    chunk.reserveCapacity(1 + 12 + frames.count * pointSize)
    if size % 2 == 1 { chunk.append(0) }  // chunks start at even offsets
    chunk += Array("cue ".utf8) + bytes(UInt32(4 + frames.count * pointSize))
    chunk += bytes(UInt32(frames.count))
    for (index, frame) in frames.enumerated() {
      chunk += bytes(UInt32(index + 1)) + bytes(frame) + Array("data".utf8)
      chunk += bytes(0) + bytes(0) + bytes(frame)
    }
    guard let field = head.sizeField(size + chunk.count - 8) else {
      throw AudioError(
        .cannotFinish, path: path, call: "pwrite",
        message: "\(frames.count) cue points would make the WAV file larger than 4 GiB")
    }
    try system(.cannotWrite, path) { () throws(SystemError) in
      try file.write(chunk, at: size)
      try file.write(field.bytes, at: field.offset)
    }
    do throws(SystemError) {
      try file.close()
    } catch {
      throw AudioError(
        .cannotFinish, path: path, call: error.call, message: error.reason,
        errorNumber: error.errno?.rawValue)
    }
  }

  /// The sample offsets of the cue points of the WAV file at `path`, in file order; empty
  /// when it has no `cue ` chunk.
  ///
  /// The corresponding C functions are `open`, `fstat` and `pread`.
  static func read(_ path: String) throws(AudioError) -> [Int] {
    let file = try system(.cannotOpen, path) { () throws(SystemError) in
      try Descriptor.open(path, O_RDONLY, failureStatus: .noInput)
    }
    return try system(.cannotRead, path) { () throws(SystemError) in
      let size = try file.status().size
      // RF64 says 0xFFFFFFFF for the `data` chunk's length, and gives it in `ds64`.
      let dataSize = try WAVHead.read(file)?.dataSize
      var offset = 12
      while offset + 8 <= size {
        let header = try file.read(count: 8, at: offset)
        var length = Int(littleEndian(header, at: 4))
        if let dataSize, Array(header[0..<4]) == Array("data".utf8), length == Int(UInt32.max) {
          length = dataSize
        }
        if Array(header[0..<4]) == Array("cue ".utf8) {
          // A corrupt count cannot make this read more than the chunk, nor the chunk more
          // than the file.
          let body = try file.read(count: min(length, size - offset - 8), at: offset + 8)
          guard body.count >= 4 else { return [] }
          let count = min(Int(littleEndian(body, at: 0)), (body.count - 4) / pointSize)
          return (0..<count).map { Int(littleEndian(body, at: 4 + $0 * pointSize + 20)) }
        }
        offset += 8 + length + length % 2
      }
      return []
    }
  }

  /// Runs `body`, wording its system error as an ``AudioError`` of `code` on `path`.
  private static func system<T: ~Copyable>(
    _ code: AudioError.Code, _ path: String, _ body: () throws(SystemError) -> T
  ) throws(AudioError) -> T {
    do throws(SystemError) {
      return try body()
    } catch {
      throw AudioError(
        code, path: path, call: error.call, message: error.reason,
        errorNumber: error.errno?.rawValue)
    }
  }

  private static func bytes(_ value: UInt32) -> [UInt8] {
    (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }

  private static func littleEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
  }
}
