import CSndFile

#if canImport(Glibc)
  import Glibc  // errno, which libsndfile leaves set after a failed call
#endif

/// What libsndfile reports about an opened sound file.
public struct SoundFileInfo: Sendable, Hashable {
  /// Frames per second.
  public var sampleRate: Int
  /// Samples per frame.
  public var channels: Int
  /// Frames in the file, as the container or decoder reports them.
  public var frames: Int
  /// The format, if it is one Lectern writes (container and encoding both match).
  public var format: AudioFormat?

  /// Creates a description of a sound file.
  public init(sampleRate: Int, channels: Int, frames: Int, format: AudioFormat?) {
    self.sampleRate = sampleRate
    self.channels = channels
    self.frames = frames
    self.format = format
  }
}

/// A sound file open for reading through libsndfile, decoded to 16-bit samples.
///
/// Used to check what was written (tests, `lectern check`) and to read reference audio. The
/// reader owns its `SNDFILE` handle and closes it in `deinit`.
public struct SoundFileReader: ~Copyable {
  /// The open handle.
  private let handle: OpaquePointer
  /// The path being read.
  public let path: String
  /// The stream's rate, channels, length and format.
  public let info: SoundFileInfo

  /// Frames decoded per call by ``readAll()``.
  private static let chunkFrames = 65_536

  /// Opens the sound file at `path`.
  ///
  /// The corresponding C function is `sf_open` (`SFM_READ`).
  public init(path: String) throws(AudioError) {
    var info = SF_INFO()
    errno = 0
    guard let opened = sf_open(path, SoundFileMode.read.rawValue, &info) else {
      throw AudioError.library(
        .cannotOpen, path: path, call: "sf_open", handle: nil, errorNumber: errno)
    }
    self.handle = opened
    self.path = path
    self.info = SoundFileInfo(
      sampleRate: Int(info.samplerate), channels: Int(info.channels), frames: Int(info.frames),
      format: AudioFormat(SoundFileFormat(rawValue: info.format)))
  }

  deinit {
    sf_close(handle)
  }

  /// The text tag stored under `key`, or `nil` if the file has none.
  ///
  /// The corresponding C function is `sf_get_string`.
  public func string(_ key: AudioMetadata.Key) -> String? {
    sf_get_string(handle, key.rawValue).map { String(cString: $0) }
  }

  /// Decodes up to `frames` frames of interleaved samples; fewer at the end of the file,
  /// none after it.
  ///
  /// The corresponding C function is `sf_readf_short`.
  public mutating func read(frames: Int) throws(AudioError) -> [Int16] {
    guard frames >= 0, frames <= Int.max / max(info.channels, 1) else {
      throw AudioError(
        .invalidArgument, path: path, call: "sf_readf_short",
        message: "cannot read \(frames) frames")
    }
    let channels = info.channels
    errno = 0
    var framesRead: sf_count_t = 0
    let samples = [Int16](unsafeUninitializedCapacity: frames * channels) { buffer, count in
      framesRead = sf_readf_short(handle, buffer.baseAddress, sf_count_t(frames))
      count = Int(max(framesRead, 0)) * channels
    }
    if framesRead < frames, sf_error(handle) != 0 {
      throw AudioError.library(
        .cannotRead, path: path, call: "sf_readf_short", handle: handle, errorNumber: errno)
    }
    return samples
  }

  /// Decodes every remaining frame, interleaved.
  ///
  /// The corresponding C function is `sf_readf_short`.
  public mutating func readAll() throws(AudioError) -> [Int16] {
    var samples: [Int16] = []
    if info.frames > 0, info.frames < Int.max / max(info.channels, 1) {
      samples.reserveCapacity(info.frames * info.channels)
    }
    while true {
      let chunk = try read(frames: Self.chunkFrames)
      samples.append(contentsOf: chunk)
      if chunk.count < Self.chunkFrames * info.channels { return samples }
    }
  }

  /// The frame positions of the file's cue points (WAV `cue ` chunk), in file order; empty
  /// when there are none, and for other formats.
  ///
  /// Read by ``WAVCueChunk``, not libsndfile, which reads at most 2,500 points.
  public func cues() throws(AudioError) -> [Int] {
    guard info.format == .wav else { return [] }
    return try WAVCueChunk.read(path)
  }
}

@available(*, unavailable, message: "a libsndfile handle is confined to one thread")
extension SoundFileReader: Sendable {}
