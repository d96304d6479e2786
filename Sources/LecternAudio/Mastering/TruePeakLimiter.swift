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
    // After the first pass only what the gain changed can have moved: look there alone.
    var range = 0..<samples.count
    for _ in 0..<Self.passes {
      let found = samples.withUnsafeBufferPointer {
        detector.exceedances(in: $0, range: range, above: ceiling)
      }
      if found.isEmpty { return Double(-20 * log10(deepest)) }
      let (start, gains) = gainSegment(count: samples.count, needs: found)
      samples.withUnsafeMutableBufferPointer { buffer in
        for (offset, gain) in gains.enumerated() { buffer[start + offset] *= gain }
      }
      deepest = min(deepest, gains.min() ?? 1)
      let filter = TruePeakDetector.tapsPerPhase
      range = (start - filter)..<(start + gains.count + filter)
    }
    // Last resort (never reached on speech): scale what is still too loud on the spot.
    let left = samples.withUnsafeBufferPointer {
      detector.exceedances(in: $0, range: range, above: ceiling)
    }
    for (index, peak) in left {
      let scale = ceiling / peak
      for neighbour in max(0, index - 8)...min(samples.count - 1, index + 8) {
        samples[neighbour] *= scale
      }
    }
    return Double(-20 * log10(deepest))
  }

  /// The gain per sample that brings every listed peak (in index order) to the ceiling, over
  /// the stretch where it is not 1: from the first look-ahead ramp to where the release has
  /// come back within 10⁻⁶ of 1. Returns the stretch's first index and its gains.
  func gainSegment(count: Int, needs: [(index: Int, peak: Float)]) -> (Int, [Float]) {
    guard let first = needs.first?.index, let last = needs.last?.index else { return (0, []) }
    let start = max(0, first - lookahead + 1)
    let end = min(count, last + lookahead)
    var needed = [Float](repeating: 1, count: end - start)
    // Aim a hair (0.001 dB) under the ceiling: a peak brought exactly to it can come out a
    // rounding error above once the gain around it is applied, and cost another pass.
    let aim = ceiling * 0.999_9
    for (index, peak) in needs { needed[index - start] = min(needed[index - start], aim / peak) }
    let held = Self.runningMinimum(needed, ahead: lookahead)
    // Running mean over the last `lookahead` values of `held` (1 before the stretch): at a
    // peak every value averaged covers it, so the mean is at most the gain it needs.
    var gains = [Float](repeating: 1, count: held.count)
    var sum = Double(lookahead)
    let coefficient = 1 - exp(-1 / release)
    let width = 1 / Double(lookahead)
    var previous: Double = 1
    held.withUnsafeBufferPointer { held in
      gains.withUnsafeMutableBufferPointer { gains in
        for offset in 0..<held.count {
          sum += Double(held[offset]) - (offset >= lookahead ? Double(held[offset - lookahead]) : 1)
          let target = sum * width
          // Falling: follow the ramp exactly; rising: recover exponentially, never above it.
          previous = target < previous ? target : previous + (target - previous) * coefficient
          gains[offset] = Float(previous)
        }
      }
    }
    // After the last ramp the target is 1: release until the gain is 1 to within 10⁻⁶.
    var index = end
    while index < count, previous < 1 - 1e-6 {
      previous += (1 - previous) * coefficient
      gains.append(Float(previous))
      index += 1
    }
    return (start, gains)
  }

  /// The whole gain curve of `count` samples (1 outside ``gainSegment(count:needs:)``).
  func gainCurve(count: Int, needs: [(index: Int, peak: Float)]) -> [Float] {
    var curve = [Float](repeating: 1, count: count)
    let (start, gains) = gainSegment(count: count, needs: needs)
    curve.replaceSubrange(start..<(start + gains.count), with: gains)
    return curve
  }

  /// `result[i]` = the smallest of `values[i ..< i + ahead]`, by van Herk and Gil-Werman's
  /// method: minima within blocks of `ahead` values, from the left and from the right; any
  /// window spans at most two blocks. Three comparisons per value, whatever `ahead` is.
  static func runningMinimum(_ values: [Float], ahead: Int) -> [Float] {
    let count = values.count
    guard ahead > 1, count > 0 else { return values }
    var fromLeft = values
    var result = values  // the right-hand minima first, each replaced by its window's minimum
    fromLeft.withUnsafeMutableBufferPointer { left in
      result.withUnsafeMutableBufferPointer { right in
        for blockStart in stride(from: 0, to: count, by: ahead) {
          let blockEnd = min(count, blockStart + ahead)
          for index in (blockStart + 1)..<max(blockStart + 1, blockEnd) {
            left[index] = min(left[index], left[index - 1])
          }
          var index = blockEnd - 2
          while index >= blockStart {
            right[index] = min(right[index], right[index + 1])
            index -= 1
          }
        }
        var blockEnd = min(count, ahead)  // end of the block holding `index`
        for index in 0..<count {
          if index == blockEnd { blockEnd = min(count, blockEnd + ahead) }
          let end = min(count - 1, index + ahead - 1)
          // A window inside one block (at a block's start, or cut short by the end) is that
          // block's right-hand minimum; `right[index]` is read before it is overwritten.
          if end >= blockEnd { right[index] = min(right[index], left[end]) }
        }
      }
    }
    return result
  }
}
