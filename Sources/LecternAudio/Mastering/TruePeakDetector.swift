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
  /// `phases[k]`: the taps giving the point k/4 of the way from sample n to n + 1, applied to
  /// samples n − 7 … n + 8.
  let phases: [[Float]]
  /// The largest sum of absolute taps of any phase: no interpolated point exceeds this times
  /// the largest sample magnitude under the filter (the bound that lets quiet blocks be
  /// skipped without looking).
  let overshootBound: Float

  /// Creates the detector (the taps are computed once).
  public init() {
    var phases: [[Float]] = []
    let half = Double(Self.tapsPerPhase / 2)
    for phase in 1..<Self.factor {
      // Tap j weighs sample n + j − 7 for the point n + phase/4: distance j − 7 − phase/4.
      let row = (0..<Self.tapsPerPhase).map { tap -> Double in
        let distance = Double(tap - (Self.tapsPerPhase / 2 - 1)) - Double(phase) / 4
        return Self.sinc(distance) * Self.kaiser(distance, half: half, beta: 8)
      }
      let sum = row.reduce(0, +)
      phases.append(row.map { Float($0 / sum) })
    }
    self.phases = phases
    overshootBound = phases.map { $0.reduce(0) { $0 + abs($1) } }.max() ?? 1
  }

  /// The magnitude of the largest interpolated point between sample `index` and
  /// `index + 1` (samples outside the buffer count as zero).
  @inline(__always)
  func interSamplePeak(_ samples: UnsafeBufferPointer<Float>, at index: Int) -> Float {
    let first = index - (Self.tapsPerPhase / 2 - 1)
    let inside = first >= 0 && first + Self.tapsPerPhase <= samples.count
    var peak: Float = 0
    for row in phases {
      var sum: Float = 0
      for tap in 0..<Self.tapsPerPhase where inside || samples.indices.contains(first + tap) {
        sum += row[tap] * samples[first + tap]
      }
      peak = max(peak, abs(sum))
    }
    return peak
  }

  /// Samples around which the signal rises above `threshold`: each index with the largest
  /// magnitude on it or on either interval beside it, in order. Blocks whose samples are
  /// too small to reach the threshold even between samples are skipped unread.
  public func exceedances(
    in samples: UnsafeBufferPointer<Float>, above threshold: Float
  ) -> [(index: Int, peak: Float)] {
    let block = 64
    let blocks = (samples.count + block - 1) / block
    var maxima = [Float](repeating: 0, count: blocks)
    for index in samples.indices {
      maxima[index / block] = max(maxima[index / block], abs(samples[index]))
    }
    var found: [(index: Int, peak: Float)] = []
    var previousInterval: Float = 0  // the interval between index − 1 and index
    for number in 0..<blocks {
      let near = max(maxima[number], max(maxima[max(0, number - 1)], maxima[min(blocks - 1, number + 1)]))
      let start = number * block
      guard near * overshootBound > threshold else {
        previousInterval = 0
        continue
      }
      for index in start..<min(samples.count, start + block) {
        let next = interSamplePeak(samples, at: index)
        let peak = max(abs(samples[index]), max(previousInterval, next))
        if peak > threshold { found.append((index, peak)) }
        previousInterval = next
      }
    }
    return found
  }

  /// The true peak of `samples`, as a linear magnitude.
  public func truePeak(of samples: [Float]) -> Float {
    samples.withUnsafeBufferPointer { buffer in
      var peak: Float = 0
      for index in buffer.indices {
        peak = max(peak, max(abs(buffer[index]), interSamplePeak(buffer, at: index)))
      }
      // Before the first sample too: the signal rises from silence.
      return max(peak, interSamplePeak(buffer, at: -1))
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
