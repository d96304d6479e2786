import Foundation

/// A look-ahead true-peak limiter: lowers the gain smoothly ahead of every point, between
/// samples as well as on them, that would rise above the ceiling, and lets it recover slowly.
///
/// Written by hand: no Debian library offers an offline true-peak limiter (SoX's `compand`
/// and ffmpeg's `alimiter` look at samples only and are programs, not libraries). A part is
/// limited whole, in memory, so the look-ahead needs no delay line:
///
/// 1. **Detection** — ``TruePeakDetector`` (4× oversampling) lists every sample whose
///    neighbourhood peaks above the ceiling; each needs the gain `ceiling / peak` there.
/// 2. **Look-ahead** — the needed gain is spread back over `lookahead` samples (a running
///    minimum over the next `lookahead` samples, then a running mean over the last
///    `lookahead`): the gain falls along a straight ramp and reaches the needed value exactly
///    at the peak. Default 5 ms.
/// 3. **Release** — once past a peak the gain returns towards 1 exponentially, with time
///    constant `release` (default 100 ms: long enough not to follow each syllable, which is
///    what makes a fast limiter pump on speech, short enough to recover in a pause).
/// 4. **Check** — the product of signal and gain is measured again; gain changes shift
///    inter-sample peaks slightly, so the passes repeat (rarely more than two) until no
///    point is above the ceiling. A last resort scales the few samples left, so the output
///    never exceeds the ceiling whatever the input.
public struct TruePeakLimiter: Sendable {
  /// The ceiling, as a linear magnitude (1 = full scale).
  public let ceiling: Float
  /// Look-ahead (attack) length, in samples.
  public let lookahead: Int
  /// Release time constant, in samples.
  public let release: Double
  private let detector = TruePeakDetector()
  /// Passes of detection and gain before the last resort.
  static let passes = 6

  /// Creates a limiter; times in seconds at `sampleRate`.
  public init(ceiling: Float, lookahead: Double, release: Double, sampleRate: Int) {
    self.ceiling = ceiling
    self.lookahead = max(1, Int((lookahead * Double(sampleRate)).rounded()))
    self.release = max(1, release * Double(sampleRate))
  }

  /// Limits `samples` in place; returns the largest gain reduction applied, in dB (≥ 0).
  @discardableResult
  public func apply(to samples: inout [Float]) -> Double {
    var deepest: Float = 1
    for _ in 0..<Self.passes {
      let found = samples.withUnsafeBufferPointer {
        detector.exceedances(in: $0, above: ceiling)
      }
      if found.isEmpty { return Double(-20 * log10(deepest)) }
      let gain = gainCurve(count: samples.count, needs: found)
      for index in samples.indices { samples[index] *= gain[index] }
      deepest = min(deepest, gain.min() ?? 1)
    }
    // Last resort (never reached on speech): scale what is still too loud on the spot.
    let left = samples.withUnsafeBufferPointer { detector.exceedances(in: $0, above: ceiling) }
    for (index, peak) in left {
      let scale = ceiling / peak
      for neighbour in max(0, index - 8)...min(samples.count - 1, index + 8) {
        samples[neighbour] *= scale
      }
    }
    return Double(-20 * log10(deepest))
  }

  /// The gain per sample that brings every listed peak to the ceiling.
  func gainCurve(count: Int, needs: [(index: Int, peak: Float)]) -> [Float] {
    var needed = [Float](repeating: 1, count: count)
    for (index, peak) in needs { needed[index] = min(needed[index], ceiling / peak) }
    let held = Self.runningMinimum(needed, ahead: lookahead)
    // Running mean over the last `lookahead` values of `held` (1 before the start): at a
    // peak every value averaged covers it, so the mean is at most the gain it needs.
    var gain = [Float](repeating: 1, count: count)
    var sum = Double(lookahead)
    let coefficient = 1 - exp(-1 / release)
    var previous: Double = 1
    for index in 0..<count {
      sum += Double(held[index]) - (index >= lookahead ? Double(held[index - lookahead]) : 1)
      let target = sum / Double(lookahead)
      // Falling: follow the ramp exactly; rising: recover exponentially, never above it.
      previous = target < previous ? target : previous + (target - previous) * coefficient
      gain[index] = Float(previous)
    }
    return gain
  }

  /// `result[i]` = the smallest of `values[i ..< i + ahead]` (a monotonic queue, O(n)).
  static func runningMinimum(_ values: [Float], ahead: Int) -> [Float] {
    var result = values
    var queue: [Int] = []  // indices of increasing values
    var head = 0
    for index in stride(from: values.count - 1, through: 0, by: -1) {
      while queue.count > head, let last = queue.last, values[last] >= values[index] {
        queue.removeLast()
      }
      queue.append(index)
      while queue[head] >= index + ahead { head += 1 }
      result[index] = values[queue[head]]
    }
    return result
  }
}
