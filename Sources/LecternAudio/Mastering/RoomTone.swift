import Foundation

/// Low-level, deterministic "room tone": soft noise that stands in for the sound of a quiet
/// room under and between the speech, so that pauses are not digital zero (ACX asks for it).
///
/// It is a pure function of its seed (Lectern seeds it from the part's content key), so a
/// render stays reproducible to the byte. The noise is a sum of four uniform numbers from
/// SplitMix64 (close to Gaussian, but bounded at ±2), through a one-pole low-pass at 1 kHz
/// (a darker, less hissy sound), scaled so that its RMS level is `level` dBFS. Its magnitude
/// never exceeds ``peakBound``, which the limiter keeps free under its ceiling.
public struct RoomTone: Sendable {
  /// The RMS level, in dBFS.
  public let level: Double
  /// The sample rate, in hertz.
  public let sampleRate: Int
  /// The one-pole low-pass coefficient.
  private let smoothing: Double
  /// The factor from filtered noise to the wanted level.
  private let scale: Double

  /// The corner of the low-pass, in hertz.
  static let corner = 1000.0

  /// Creates room tone at `level` dBFS RMS.
  public init(level: Double, sampleRate: Int) {
    self.level = level
    self.sampleRate = sampleRate
    smoothing = 1 - exp(-2 * Double.pi * Self.corner / Double(sampleRate))
    // Sum of four uniforms on [-0.5, 0.5): variance 4/12; the low-pass keeps a/(2 − a) of it.
    let deviation = (4.0 / 12 * smoothing / (2 - smoothing)).squareRoot()
    scale = pow(10, level / 20) / deviation
  }

  /// The largest magnitude the tone can reach (the filter averages, so never above the
  /// bound of its input, 2 × scale).
  public var peakBound: Float { Float(2 * scale) }

  /// `count` samples of tone from `seed`.
  public func samples(count: Int, seed: UInt64) -> [Float] {
    var generator = SplitMix64(seed: seed)
    var filtered = 0.0
    // Settle the filter first, so the tone starts at its level, not from zero.
    let settle = Int(4 / smoothing)
    var result = [Float](repeating: 0, count: count)
    for index in -settle..<count {
      var sum = 0.0
      for _ in 0..<4 { sum += generator.unit() - 0.5 }
      filtered += (sum - filtered) * smoothing
      if index >= 0 { result[index] = Float(filtered * scale) }
    }
    return result
  }

  /// A seed from the first 16 hexadecimal digits of a content key, mixed with `stream` so
  /// that two uses of one key (a part and the pause after it) differ.
  public static func seed(fromKey key: String, stream: UInt64 = 0) -> UInt64 {
    let value = UInt64(key.prefix(16), radix: 16) ?? UInt64(truncatingIfNeeded: key.hashValue)
    var mixer = SplitMix64(seed: value ^ (stream &* 0x9E37_79B9_7F4A_7C15))
    return mixer.next()
  }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast generator whose output depends on
/// its seed alone, unlike the system generator.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in [0, 1) from the top 53 bits.
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
