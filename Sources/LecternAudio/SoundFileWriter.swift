import CSndFile
import LecternSystem

#if canImport(Glibc)
  import Glibc  // errno, which libsndfile leaves set after a failed call
#endif

/// A sound file open for writing 16-bit samples through libsndfile.
///
/// The writer owns its `SNDFILE` handle: ``close()`` finishes the file and reports failures;
/// if the writer is dropped without `close()` (an error was thrown, say) its `deinit` closes
/// the handle and ignores errors, since the file is then abandoned anyway.
///
/// Write into a temporary path given by ``AtomicFile/write(to:_:)`` so that a failure never
/// leaves a truncated file in place of a good one.
public struct SoundFileWriter: ~Copyable {
  /// The open handle; `nil` once closed.
  private var handle: OpaquePointer?
  /// The path being written.
  public let path: String
  /// The format being written.
  public let format: AudioFormat
  /// Samples per frame.
  public let channels: Int
  /// Frames per second.
  public let sampleRate: Int
  /// How many frames have been handed to libsndfile so far.
  public private(set) var framesWritten: Int = 0
  /// The cue points, appended as a chunk by ``close()`` (WAV only; see ``WAVCueChunk``).
  private let cueFrames: [UInt32]
  /// The most sample bytes the file may take: what a plain RIFF WAV file holds, else no limit.
  private let sampleBytesLimit: Int

  /// Frames of zeros written per call by ``writeSilence(frames:)``.
  private static let silenceChunkFrames = 4096

  /// Errors that, seen in `errno` after `sf_close`, mean libsndfile failed to flush data.
  private static let flushErrors: Set<Int32> = [EFBIG, ENOSPC, EIO, EDQUOT]

  /// Creates (or truncates) the file at `path` and writes its tags; cue points are written
  /// by ``close()``.
  ///
  /// Tags must precede the first sample in libsndfile, so they are given here. Cue points
  /// are kept by WAV only, at any count (see ``WAVCueChunk``); other formats ignore them. A
  /// WAV file is written in `container` (``WAVContainer/choose(frames:channels:cueLabels:limit:)``
  /// picks it); a plain RIFF one refuses samples past its 4 GiB rather than wrap its sizes.
  ///
  /// The corresponding C functions are `sf_format_check`, `sf_open` (`SFM_WRITE`) and
  /// `sf_set_string`.
  public init(
    path: String, format: AudioFormat, sampleRate: Int, channels: Int = 1,
    metadata: AudioMetadata = .init(), cues: [CueMarker] = [], bitrate: MP3Bitrate? = nil,
    container: WAVContainer = .riff
  ) throws(AudioError) {
    guard channels > 0, sampleRate > 0, let rate = Int32(exactly: sampleRate),
      let channelCount = Int32(exactly: channels)
    else {
      throw AudioError(
        .invalidArgument, path: path, call: "sf_open",
        message: "\(sampleRate) Hz with \(channels) channels is not a valid stream")
    }
    let cueFrames = try Self.validatedCueFrames(cues, path: path)
    var info = SF_INFO()
    info.samplerate = rate
    info.channels = channelCount
    info.format = format.soundFileFormat(container).rawValue
    guard sf_format_check(&info) != 0 else {
      throw AudioError(
        .unsupportedFormat, path: path, call: "sf_format_check",
        message: "\(format.displayName) cannot hold \(sampleRate) Hz with \(channels) channels")
    }

    let existed = FileSystem.exists(path)
    errno = 0
    guard let opened = sf_open(path, SoundFileMode.write.rawValue, &info) else {
      let error = AudioError.library(
        Self.openFailureCode(errorNumber: errno), path: path, call: "sf_open", handle: nil,
        errorNumber: errno)
      // sf_open can leave an empty file behind (Opus does); do not leave one we created.
      if !existed { FileSystem.removeTree(path) }
      throw error
    }
    do {
      try Self.prepare(opened, path: path, format: format, metadata: metadata)
      if format == .mp3, let bitrate {
        try bitrate.apply(to: opened, sampleRate: sampleRate, path: path)
      }
    } catch {
      sf_close(opened)
      if !existed { FileSystem.removeTree(path) }
      throw error
    }
    self.handle = opened
    self.path = path
    self.format = format
    self.channels = channels
    self.sampleRate = sampleRate
    self.cueFrames = format.storesCues ? cueFrames : []
    self.sampleBytesLimit =
      format == .wav && container == .riff
      ? WAVContainer.riffLimit - WAVContainer.headerAllowance : Int.max
  }

  deinit {
    if let handle { sf_close(handle) }
  }

  /// Writes interleaved samples; their count must be a multiple of ``channels``.
  ///
  /// The corresponding C function is `sf_write_short`.
  public mutating func write(_ samples: UnsafeBufferPointer<Int16>) throws(AudioError) {
    guard let handle else {
      throw AudioError(
        .invalidArgument, path: path, call: "sf_write_short", message: "the file is closed")
    }
    guard samples.count % channels == 0 else {
      throw AudioError(
        .invalidArgument, path: path, call: "sf_write_short",
        message: "\(samples.count) samples do not fill whole frames of \(channels) channels")
    }
    guard let base = samples.baseAddress, !samples.isEmpty else { return }
    guard (framesWritten * channels + samples.count) * 2 <= sampleBytesLimit else {
      throw AudioError(
        .invalidArgument, path: path, call: "sf_write_short",
        message: "more than the 4 GiB a RIFF WAV file holds; write it as RF64")
    }
    errno = 0
    let written = sf_write_short(handle, base, sf_count_t(samples.count))
    // MP3 and Vorbis report every sample as taken even when writing the encoded bytes
    // failed; the failure is only in the handle's error state.
    guard written == sf_count_t(samples.count), sf_error(handle) == 0 else {
      throw AudioError.library(
        .cannotWrite, path: path, call: "sf_write_short", handle: handle, errorNumber: errno)
    }
    framesWritten += samples.count / channels
  }

  /// Writes interleaved samples; their count must be a multiple of ``channels``.
  ///
  /// The corresponding C function is `sf_write_short`.
  public mutating func write(_ samples: [Int16]) throws(AudioError) {
    try samples.withUnsafeBufferPointer { buffer throws(AudioError) in try write(buffer) }
  }

  /// Writes `frames` frames of silence, a chunk at a time so that long pauses cost no
  /// large allocation.
  ///
  /// The corresponding C function is `sf_write_short`.
  public mutating func writeSilence(frames: Int) throws(AudioError) {
    guard frames >= 0 else {
      throw AudioError(
        .invalidArgument, path: path, call: "sf_write_short",
        message: "cannot write \(frames) frames of silence")
    }
    let zeros = [Int16](repeating: 0, count: min(frames, Self.silenceChunkFrames) * channels)
    var remaining = frames
    while remaining > 0 {
      let count = min(remaining, Self.silenceChunkFrames)
      try zeros.withUnsafeBufferPointer { buffer throws(AudioError) in
        try write(UnsafeBufferPointer(rebasing: buffer[..<(count * channels)]))
      }
      remaining -= count
    }
  }

  /// Finishes the file: flushes the encoder, completes the header and closes the handle.
  ///
  /// libsndfile 1.2.0 returns only `close(2)`'s status from `sf_close` and drops write errors
  /// of the final encoder flush (FLAC, Vorbis, MP3), so `errno` is checked as well. A WAV
  /// file with cue points then gets its `cue ` chunk after the samples.
  ///
  /// The corresponding C function is `sf_close`, then those of ``WAVCueChunk``.
  public consuming func close() throws(AudioError) {
    guard let handle else { return }
    self.handle = nil
    errno = 0
    let status = sf_close(handle)
    let trace = errno
    if status != 0 {
      let message = sf_error_number(status).map { String(cString: $0) } ?? "error \(status)"
      throw AudioError(
        .cannotFinish, path: path, call: "sf_close", message: message,
        errorNumber: trace == 0 ? nil : trace)
    }
    if Self.flushErrors.contains(trace) {
      throw AudioError.system(.cannotFinish, path: path, call: "sf_close", errorNumber: trace)
    }
    if !cueFrames.isEmpty { try WAVCueChunk.append(cueFrames, to: path) }
  }

  /// Classifies a failed `sf_open`: libsndfile refusing the stream (a rate the codec lacks,
  /// which `sf_format_check` does not catch) is a usage error; a system error is a failure to
  /// create the file, or to write its header when the disk is full or a limit is reached.
  ///
  /// The corresponding C function is `sf_error` with a `NULL` handle.
  private static func openFailureCode(errorNumber: Int32) -> AudioError.Code {
    guard sf_error(nil) == Int32(SF_ERR_SYSTEM) else { return .unsupportedFormat }
    return flushErrors.contains(errorNumber) ? .cannotWrite : .cannotCreate
  }

  /// Writes the tags, which libsndfile accepts only before the first sample.
  private static func prepare(
    _ handle: OpaquePointer, path: String, format: AudioFormat, metadata: AudioMetadata
  ) throws(AudioError) {
    for (key, value) in metadata.cStrings(for: format)
    where sf_set_string(handle, key.rawValue, value) != 0 {
      throw AudioError.library(
        .cannotCreate, path: path, call: "sf_set_string(\(key.name))", handle: handle,
        errorNumber: 0)
    }
  }

  /// The cue positions as the C list stores them: non-negative 32-bit frame numbers.
  private static func validatedCueFrames(
    _ cues: [CueMarker], path: String
  ) throws(AudioError) -> [UInt32] {
    guard cues.count <= WAVCueChunk.maximumCount else {
      throw AudioError(
        .invalidArgument, path: path, call: "cue chunk",
        message: "\(cues.count) cue points are more than a WAV cue chunk holds")
    }
    var frames: [UInt32] = []
    for cue in cues {
      guard let frame = UInt32(exactly: cue.frame) else {
        throw AudioError(
          .invalidArgument, path: path, call: "cue chunk",
          message: "cue \"\(cue.label)\" at frame \(cue.frame) is outside the file")
      }
      frames.append(frame)
    }
    return frames
  }
}

@available(*, unavailable, message: "a libsndfile handle is confined to one thread")
extension SoundFileWriter: Sendable {}
