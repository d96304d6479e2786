/// The loudness of an audio file of any format libsndfile reads, measured as it streams.
public struct FileMeasurement: Sendable {
  /// The file.
  public var path: String
  /// Its format, when it is one Lectern writes.
  public var format: AudioFormat?
  /// Its sample rate, Hz.
  public var sampleRate: Int
  /// Its nominal bitrate, kbit/s, when TagLib can tell.
  public var bitrate: Int?
  /// What it measures.
  public var figures: LoudnessFigures

  /// Frames read per chunk: memory stays bounded whatever the file's length.
  static let chunk = 65_536

  /// Measures the file at `path`.
  public init(path: String) throws(AudioError) {
    var reader = try SoundFileReader(path: path)
    let info = reader.info
    let meter = try LoudnessMeter(
      sampleRate: info.sampleRate, channels: info.channels, modes: .all, path: path)
    var levels = LevelScan(sampleRate: info.sampleRate, channels: info.channels)
    while case let samples = try reader.read(frames: Self.chunk), !samples.isEmpty {
      try samples.withUnsafeBufferPointer { (buffer) throws(AudioError) in
        try meter.add(buffer)
        levels.add(buffer)
      }
    }
    self.path = path
    format = info.format
    sampleRate = info.sampleRate
    bitrate = AudioFileFinisher.bitrate(of: path)
    figures = try LoudnessFigures(meter: meter, levels: levels)
  }

  /// What keeps the file from meeting `profile` (empty when it meets it).
  public func problems(against profile: MasteringProfile) -> [String] {
    profile.problems(with: figures, sampleRate: sampleRate, format: format, bitrate: bitrate)
  }
}
