import LecternSystem

extension AtomicFile {
  /// Writes a sound file atomically: opens a ``SoundFileWriter`` on a temporary beside
  /// `path`, lets `body` write the samples, closes the writer (surfacing flush errors) and
  /// renames the finished file over `path`. Returns the number of frames written.
  ///
  /// The corresponding C functions are those of ``SoundFileWriter``, then `fsync` and
  /// `rename`.
  @discardableResult
  public static func writeSound(
    to path: String, format: AudioFormat, sampleRate: Int, channels: Int = 1,
    metadata: AudioMetadata = .init(), cues: [CueMarker] = [],
    _ body: (inout SoundFileWriter) throws -> Void
  ) throws -> Int {
    try write(to: path) { temporary in
      var writer = try SoundFileWriter(
        path: temporary, format: format, sampleRate: sampleRate, channels: channels,
        metadata: metadata, cues: cues)
      try body(&writer)
      let frames = writer.framesWritten
      try writer.close()
      return frames
    }
  }
}
