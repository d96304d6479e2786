import Foundation

/// What a file or part measures: EBU R 128 figures from libebur128 and the plain-level
/// figures ACX checks.
public struct LoudnessFigures: Sendable, Hashable, Codable {
  /// Integrated loudness, LUFS; `nil` when nothing passed the gates (shorter than one
  /// 400 ms block, or silent): such audio cannot be judged.
  public var integrated: Double?
  /// Loudness range, LU.
  public var range: Double
  /// True peak, dBTP (4× oversampled).
  public var truePeak: Double
  /// Sample peak, dBFS.
  public var samplePeak: Double
  /// RMS level over the whole file, dBFS (a full-scale square wave is 0 dB).
  public var rms: Double
  /// The quietest 500 ms RMS level, dBFS: the noise floor as ACX reads it (`nil` when
  /// shorter than 500 ms).
  public var noiseFloor: Double?
  /// Seconds before the first sample above −50 dBFS.
  public var head: Double
  /// Seconds after the last sample above −50 dBFS.
  public var tail: Double
  /// Length, seconds.
  public var duration: Double

  /// Creates figures.
  public init(
    integrated: Double?, range: Double, truePeak: Double, samplePeak: Double, rms: Double,
    noiseFloor: Double?, head: Double, tail: Double, duration: Double
  ) {
    self.integrated = integrated
    self.range = range
    self.truePeak = truePeak
    self.samplePeak = samplePeak
    self.rms = rms
    self.noiseFloor = noiseFloor
    self.head = head
    self.tail = tail
    self.duration = duration
  }

  /// Measures mono 16-bit `samples` at `sampleRate`; `path` names them in errors.
  ///
  /// Loudness, range and sample peak come from libebur128; the true peak from
  /// ``TruePeakDetector`` — the same ITU-R BS.1770-4 4× oversampling, which reads within a
  /// few hundredths of a dB of libebur128's on speech, at a tenth of its cost, because it
  /// interpolates only near the peak. (``FileMeasurement``, behind `lectern measure`, uses
  /// libebur128's true peak.)
  public static func measure(
    _ samples: [Int16], sampleRate: Int, path: String
  ) throws(AudioError) -> LoudnessFigures {
    let meter = try LoudnessMeter(
      sampleRate: sampleRate, modes: [.integrated, .range, .samplePeak], path: path)
    try samples.withUnsafeBufferPointer { (buffer) throws(AudioError) in try meter.add(buffer) }
    var levels = LevelScan(sampleRate: sampleRate)
    samples.withUnsafeBufferPointer { levels.add($0) }
    let peak = TruePeakDetector().truePeak(of: samples.map { Float($0) / 32768 })
    var figures = try LoudnessFigures(meter: meter, levels: levels, truePeak: false)
    figures.truePeak = LoudnessMeter.decibels(Double(peak))
    return figures
  }

  /// Figures from a meter fed with every sample and a level scan of the same samples; the
  /// true peak from the meter when `truePeak` (it must measure it), else left at −∞.
  public init(meter: LoudnessMeter, levels: LevelScan, truePeak: Bool = true) throws(AudioError) {
    integrated = try meter.integrated()
    range = try meter.range()
    self.truePeak = truePeak ? LoudnessMeter.decibels(try meter.truePeak()) : -.infinity
    samplePeak = LoudnessMeter.decibels(try meter.samplePeak())
    rms = levels.rms
    noiseFloor = levels.noiseFloor
    head = levels.head
    tail = levels.tail
    duration = Double(levels.frames) / Double(levels.sampleRate)
  }
}

/// A running scan of plain levels: RMS, the quietest 500 ms, and the quiet at either end.
public struct LevelScan: Sendable {
  /// Frames per second.
  public let sampleRate: Int
  /// Samples per frame (interleaved).
  public let channels: Int
  /// Samples scanned.
  private var count = 0
  /// Frames scanned.
  public var frames: Int { count / channels }
  /// Sum of the squared samples, in units of full scale squared.
  private var sumOfSquares = 0.0
  /// Sum of the squared samples of the window being filled, in integer units (exact).
  private var window: Int64 = 0
  private var windowFrames = 0
  /// The smallest sum of a whole window, in integer units.
  private var quietestWindow: Int64?
  private var firstLoud: Int?
  private var lastLoud: Int?
  private let windowLength: Int
  private let threshold = Int16(MasteringProfile.quietThreshold * 32768)
  /// One full-scale sample squared, in integer units.
  private static let fullScale = 32768.0 * 32768.0

  /// Creates an empty scan.
  public init(sampleRate: Int, channels: Int = 1) {
    self.sampleRate = sampleRate
    self.channels = max(1, channels)
    windowLength = max(1, sampleRate / 2 * self.channels)
  }

  /// Scans more samples (interleaved when there are several channels).
  ///
  /// Squares are summed as integers, a window at a time: exact whatever the order, and a
  /// loop the compiler vectorizes (the whole file of a long address passes through here).
  public mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
    var start = 0
    while start < samples.count {
      let end = min(samples.count, start + windowLength - windowFrames)
      let chunk = UnsafeBufferPointer(rebasing: samples[start..<end])
      var squares: Int64 = 0
      for sample in chunk { squares &+= Int64(sample) &* Int64(sample) }
      sumOfSquares += Double(squares) / Self.fullScale
      window += squares
      windowFrames += chunk.count
      if windowFrames == windowLength {
        quietestWindow = min(quietestWindow ?? .max, window)
        window = 0
        windowFrames = 0
      }
      let threshold = threshold
      let isLoud = { (sample: Int16) in sample > threshold || sample < -threshold }
      if let first = chunk.firstIndex(where: isLoud), let last = chunk.lastIndex(where: isLoud) {
        if firstLoud == nil { firstLoud = count + first }
        lastLoud = count + last
      }
      count += chunk.count
      start = end
    }
  }

  /// RMS over everything scanned, dBFS.
  public var rms: Double { count > 0 ? 10 * log10(sumOfSquares / Double(count)) : -.infinity }
  /// The quietest whole 500 ms window, dBFS.
  public var noiseFloor: Double? {
    quietestWindow.map { 10 * log10(Double($0) / Self.fullScale / Double(windowLength)) }
  }
  /// Seconds before the first loud sample (all of it when none is loud).
  public var head: Double { Double((firstLoud ?? count) / channels) / Double(sampleRate) }
  /// Seconds after the last loud sample.
  public var tail: Double {
    Double((lastLoud.map { count - 1 - $0 } ?? count) / channels) / Double(sampleRate)
  }
}
