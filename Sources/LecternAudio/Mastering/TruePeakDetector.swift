import Foundation

/// Finds true peaks: the largest magnitude of the continuous signal the samples stand for,
/// between samples as well as on them (ITU-R BS.1770-4, annex 2), by 4× polyphase
/// oversampling.
///
/// The interpolator is a 64-tap windowed sinc (Kaiser, β = 8; 16 taps per phase), each phase
/// normalised to unit DC gain. Lectern's audio comes from a 22 050 Hz engine, so after
/// resampling to 44 100 or 48 000 Hz it holds nothing above 11 kHz, well inside this filter's
/// flat band: the peaks it reports are exact to a few hundredths of a dB.
public struct TruePeakDetector: Sendable {
  /// Interpolated points per sample interval.
  public static let factor = 4
  /// Taps of each phase.
  static let tapsPerPhase = 16
  /// The taps of the three in-between phases, one after another: phase k (1…3) gives the
  /// point k/4 of the way from sample n to n + 1 from samples n − 7 … n + 8.
  let taps: [Float]
  /// The largest sum of absolute taps of any phase: no interpolated point exceeds this times
  /// the largest sample magnitude under the filter (the bound that lets quiet stretches be
  /// skipped without interpolating).
  let overshootBound: Float

  /// Creates the detector (the taps are computed once).
  public init() {
    var taps: [Float] = []
    var bound: Float = 0
    let half = Double(Self.tapsPerPhase / 2)
    for phase in 1..<Self.factor {
      // Tap j weighs sample n + j − 7 for the point n + phase/4: distance j − 7 − phase/4.
      let row = (0..<Self.tapsPerPhase).map { tap -> Double in
        let distance = Double(tap - (Self.tapsPerPhase / 2 - 1)) - Double(phase) / 4
        return Self.sinc(distance) * Self.kaiser(distance, half: half, beta: 8)
      }
      let sum = row.reduce(0, +)
      taps += row.map { Float($0 / sum) }
      bound = max(bound, row.reduce(0) { $0 + Float(abs($1 / sum)) })
    }
    self.taps = taps
    overshootBound = bound
  }

  /// The magnitude of the largest interpolated point between sample `index` and
  /// `index + 1` (samples outside the buffer count as zero).
  @inline(__always)
  func interSamplePeak(
    _ samples: UnsafeBufferPointer<Float>, at index: Int, taps: UnsafeBufferPointer<Float>
  ) -> Float {
    let width = Self.tapsPerPhase
    let first = index - (width / 2 - 1)
    var peak: Float = 0
    if first >= 0, first + width <= samples.count {
      for phase in 0..<(Self.factor - 1) {
        var sum: Float = 0
        for tap in 0..<width { sum += taps[phase * width + tap] * samples[first + tap] }
        peak = max(peak, abs(sum))
      }
      return peak
    }
    for phase in 0..<(Self.factor - 1) {
      var sum: Float = 0
      for tap in 0..<width where samples.indices.contains(first + tap) {
        sum += taps[phase * width + tap] * samples[first + tap]
      }
      peak = max(peak, abs(sum))
    }
    return peak
  }

  /// Samples in `range` around which the signal rises above `threshold`: each index with
  /// the largest magnitude on it or on either interval beside it, in order. Stretches whose
  /// samples are too small to reach the threshold even between samples are skipped.
  public func exceedances(
    in samples: UnsafeBufferPointer<Float>, range: Range<Int>? = nil, above threshold: Float
  ) -> [(index: Int, peak: Float)] {
    let range = range?.clamped(to: 0..<samples.count) ?? 0..<samples.count
    guard !range.isEmpty else { return [] }
    // Block maxima; a block is interpolated only when it or a neighbour could get there.
    let block = 16
    let lower = range.lowerBound / block
    let blocks = (range.upperBound + block - 1) / block - lower
    var maxima = [Float](repeating: 0, count: blocks + 2)
    let limit = threshold / overshootBound
    for number in 0..<blocks {
      let start = (lower + number) * block
      var largest: Float = 0
      for index in start..<min(samples.count, start + block) {
        largest = max(largest, abs(samples[index]))
      }
      maxima[number + 1] = largest
    }
    // The blocks just outside the range count too (their samples feed the filter).
    if lower > 0 { maxima[0] = 1 }
    if range.upperBound < samples.count { maxima[blocks + 1] = 1 }
    var found: [(index: Int, peak: Float)] = []
    taps.withUnsafeBufferPointer { taps in
      for number in 0..<blocks
      where max(maxima[number + 1], max(maxima[number], maxima[number + 2])) > limit {
        let start = max(range.lowerBound, (lower + number) * block)
        let end = min(range.upperBound, (lower + number + 1) * block)
        var before = start > 0 ? interSamplePeak(samples, at: start - 1, taps: taps) : 0
        for index in start..<end {
          let after = interSamplePeak(samples, at: index, taps: taps)
          let peak = max(abs(samples[index]), max(before, after))
          if peak > threshold { found.append((index, peak)) }
          before = after
        }
      }
    }
    return found
  }

  /// The true peak of `samples`, as a linear magnitude.
  ///
  /// Exact, yet it interpolates only where it could matter: it starts from the sample peak,
  /// and a block of 16 samples whose neighbourhood times ``overshootBound`` cannot beat the
  /// peak found so far cannot hold a higher point between its samples either.
  public func truePeak(of samples: [Float]) -> Float {
    samples.withUnsafeBufferPointer { buffer in
      taps.withUnsafeBufferPointer { taps in
        let block = 16
        let count = buffer.count
        let blocks = (count + block - 1) / block
        var maxima = [Float](repeating: 0, count: blocks + 2)
        var peak = interSamplePeak(buffer, at: -1, taps: taps)  // rising from silence
        // Block by block, so that the inner loop is a plain reduction the compiler vectorizes.
        for number in 0..<blocks {
          var largest: Float = 0
          for index in (number * block)..<min(count, (number + 1) * block) {
            let value = abs(buffer[index])
            largest = value > largest ? value : largest
          }
          maxima[number + 1] = largest
          peak = max(peak, largest)
        }
        for number in 0..<blocks
        where max(maxima[number + 1], max(maxima[number], maxima[number + 2])) * overshootBound
          > peak
        {
          for index in (number * block)..<min(count, (number + 1) * block) {
            peak = max(peak, interSamplePeak(buffer, at: index, taps: taps))
          }
        }
        return peak
      }
    }
  }

  private static func sinc(_ x: Double) -> Double {
    x == 0 ? 1 : sin(Double.pi * x) / (Double.pi * x)
  }

  /// The Kaiser window at `x` from its centre, for a window reaching `half` either side.
  private static func kaiser(_ x: Double, half: Double, beta: Double) -> Double {
    let ratio = x / half
    guard abs(ratio) <= 1 else { return 0 }
    return besselI0(beta * (1 - ratio * ratio).squareRoot()) / besselI0(beta)
  }

  /// The modified Bessel function of the first kind, order 0 (power series).
  private static func besselI0(_ x: Double) -> Double {
    var sum = 1.0
    var term = 1.0
    for k in 1..<32 {
      term *= (x / 2) / Double(k)
      sum += term * term
    }
    return sum
  }
}
