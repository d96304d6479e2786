import Foundation

/// One part's audio after mastering, with what it measures.
public struct MasteredAudio: Sendable {
  /// The samples at ``sampleRate``.
  public var samples: [Int16]
  /// Frames per second.
  public var sampleRate: Int
  /// Frames of room tone added before the speech (negative: quiet trimmed).
  public var headShift: Int
  /// The gain applied before the limiter, dB.
  public var gain: Double
  /// The limiter's deepest gain reduction, dB.
  public var limiting: Double
  /// What the result measures.
  public var figures: LoudnessFigures
}

/// The mastering chain of a profile, applied to one part at a time (so a part mastered
/// alone equals the same part in a full render):
///
/// high-pass → resample → measure (BS.1770 gated) → gain → true-peak limiter → room tone →
/// head and tail → 16-bit.
///
/// The gain is corrected after the limiter (which takes a little loudness off the loudest
/// syllables) and the limiter run again from the unlimited signal, so the result lands on the
/// target; three rounds at most (two suffice on speech).
public struct MasteringChain: Sendable {
  /// The profile.
  public let profile: MasteringProfile
  /// The engine's rate, in hertz.
  public let inputRate: Int
  /// The rate of the result, in hertz.
  public let outputRate: Int

  /// Rounds of gain correction after the limiter.
  static let rounds = 5

  /// A chain for `profile` from `inputRate` to `outputRate`.
  public init(profile: MasteringProfile, inputRate: Int, outputRate: Int) {
    self.profile = profile
    self.inputRate = inputRate
    self.outputRate = outputRate
  }

  /// The output frame of engine frame `frame` of a part whose head moved by `headShift`.
  public func outputFrame(_ frame: Int, headShift: Int) -> Int {
    Resampler(from: inputRate, to: outputRate).outputFrame(frame) + headShift
  }

  /// Whether the chain gives back the engine's samples unchanged (a raw profile at the
  /// engine's rate).
  public var changesNothing: Bool { profile.isRaw && inputRate == outputRate }

  /// The room tone of this profile at the output rate, if it asks for one.
  public var roomTone: RoomTone? {
    profile.roomTone.map { RoomTone(level: $0, sampleRate: outputRate) }
  }

  /// Masters `samples` (the engine's, at `inputRate`); `key` seeds the room tone and `path`
  /// names the part in errors.
  public func master(
    _ samples: [Int16], key: String, path: String
  ) throws(AudioError)
    -> MasteredAudio
  {
    let shaped = try shape(samples, key: key, path: path)
    let figures = try LoudnessFigures.measure(shaped.samples, sampleRate: outputRate, path: path)
    return MasteredAudio(
      samples: shaped.samples, sampleRate: outputRate, headShift: shaped.headShift,
      gain: shaped.gain, limiting: shaped.limiting, figures: figures)
  }

  /// The samples ``master(_:key:path:)`` gives, and the frames added at the start, without
  /// measuring the result: a preview writes no figures, and measuring is a tenth of its time.
  public func unmeasured(
    _ samples: [Int16], key: String, path: String
  ) throws(AudioError) -> (samples: [Int16], headShift: Int) {
    let shaped = try shape(samples, key: key, path: path)
    return (shaped.samples, shaped.headShift)
  }

  /// The chain itself: every step but the final measurement.
  private func shape(
    _ samples: [Int16], key: String, path: String
  ) throws(AudioError) -> (samples: [Int16], headShift: Int, gain: Double, limiting: Double) {
    guard !changesNothing else { return (samples, 0, 0, 0) }
    var signal = samples.map { Float($0) / 32768 }
    if let corner = profile.highPass, corner > 0 {
      HighPassFilter(cutoff: corner, sampleRate: Double(inputRate)).apply(to: &signal)
    }
    signal = try Resampler(from: inputRate, to: outputRate).convert(signal, path: path)
    var (gain, limiting) = (0.0, 0.0)
    if profile.loudness != nil || profile.truePeak != nil {
      (signal, gain, limiting) = try level(signal, path: path)
    }
    let tone = roomTone
    if let tone {
      let noise = tone.samples(count: signal.count, seed: RoomTone.seed(fromKey: key))
      for index in signal.indices { signal[index] += noise[index] }
    }
    var headShift = 0
    (signal, headShift) = pad(signal, tone: tone, key: key)
    let result = signal.map { Int16(max(-32768, min(32767, ($0 * 32768).rounded()))) }
    return (result, headShift, gain, limiting)
  }

  /// Gain to the target loudness, then the limiter; the gain corrected until the limited
  /// signal measures the target (within 0.1 LU) or the rounds run out. The limiter takes
  /// less off than the gain adds, so each correction uses the slope seen so far (secant).
  private func level(
    _ signal: [Float], path: String
  ) throws(AudioError) -> (
    [Float], Double, Double
  ) {
    let limiter = profile.truePeak.map {
      TruePeakLimiter(
        ceiling: ceiling(dBTP: $0), lookahead: profile.lookahead, release: profile.release,
        sampleRate: outputRate)
    }
    var gain = 0.0
    var previous: (gain: Double, loudness: Double)?
    var unlimited: Double?
    if let target = profile.loudness, let measured = try integrated(signal, path: path) {
      gain = target - measured
      unlimited = measured
    }
    var result = signal
    var limiting = 0.0
    for _ in 0..<Self.rounds {
      let factor = Float(pow(10, gain / 20))
      result.withUnsafeMutableBufferPointer { output in
        signal.withUnsafeBufferPointer { input in
          for index in input.indices { output[index] = input[index] * factor }
        }
      }
      limiting = limiter?.apply(to: &result) ?? 0
      guard let target = profile.loudness, limiting > 0,
        let measured = try integrated(result, path: path), abs(target - measured) > 0.1
      else { break }
      // Loudness gained per dB of gain: 1 without limiting, less the harder it limits.
      var slope = 1.0
      if let previous, gain != previous.gain {
        slope = (measured - previous.loudness) / (gain - previous.gain)
      } else if let unlimited {
        slope = max(0.2, min(1, (measured - unlimited) / max(gain, 0.01)))
      }
      previous = (gain, measured)
      gain += (target - measured) / max(0.2, min(1, slope))
    }
    return (result, gain, limiting)
  }

  /// How far under the profile's ceiling the limiter aims, dB: room for another meter's
  /// interpolator (libebur128's and ffmpeg's read a hundredth of a dB or two above ours).
  static let ceilingMargin = 0.1

  /// The limiter's ceiling: the profile's, less ``ceilingMargin``, less room for the room
  /// tone added after it and for rounding to 16 bits, so that the file itself stays under the
  /// profile's ceiling.
  func ceiling(dBTP: Double) -> Float {
    let headroom = (roomTone?.peakBound ?? 0) + 2 / 32768
    return Float(pow(10, (dBTP - Self.ceilingMargin) / 20))
      - headroom * TruePeakDetector().overshootBound
  }

  private func integrated(_ signal: [Float], path: String) throws(AudioError) -> Double? {
    let meter = try LoudnessMeter(sampleRate: outputRate, modes: .integrated, path: path)
    try signal.withUnsafeBufferPointer { (buffer) throws(AudioError) in try meter.add(buffer) }
    return try meter.integrated()
  }

  /// Brings the quiet before the first and after the last speech to the profile's head and
  /// tail, with room tone (or silence); returns the frames added at the start.
  func pad(_ signal: [Float], tone: RoomTone?, key: String) -> ([Float], Int) {
    guard profile.head != nil || profile.tail != nil else { return (signal, 0) }
    let isLoud = { (sample: Float) in abs(sample) > MasteringProfile.quietThreshold }
    let first = signal.firstIndex(where: isLoud) ?? signal.count
    let last = signal.lastIndex(where: isLoud).map { signal.count - 1 - $0 } ?? 0
    let head = profile.head.map { Int($0 * Double(outputRate)) - first } ?? 0
    let tail = profile.tail.map { Int($0 * Double(outputRate)) - last } ?? 0
    func quiet(_ count: Int, stream: UInt64) -> [Float] {
      guard count > 0 else { return [] }
      return tone?.samples(count: count, seed: RoomTone.seed(fromKey: key, stream: stream))
        ?? [Float](repeating: 0, count: count)
    }
    var body = signal[max(0, -head)..<max(max(0, -head), signal.count - max(0, -tail))]
    body = ArraySlice(quiet(head, stream: 1) + body + quiet(tail, stream: 2))
    return (Array(body), head)
  }
}
