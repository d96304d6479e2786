import Foundation

/// A second-order Butterworth high-pass filter (12 dB per octave): removes the engine's DC
/// offset and sub-sonic rumble and leaves the speech band alone.
///
/// Written by hand because it is ten lines: a biquad from the bilinear transform (the RBJ
/// cookbook's high-pass with Q = 1/√2), run in `Double` so that a 40 Hz corner at 22 050 Hz
/// keeps its precision. Its response is maximally flat above the corner: at 2.5 × the corner
/// (100 Hz for the default 40 Hz) it is −0.11 dB, at 4 × −0.02 dB, and it is 0 at DC.
public struct HighPassFilter: Sendable {
  /// The −3 dB corner frequency, in hertz.
  public let cutoff: Double
  /// The sample rate it was designed for, in hertz.
  public let sampleRate: Double
  private let b0: Double
  private let b1: Double
  private let b2: Double
  private let a1: Double
  private let a2: Double

  /// Designs the filter; `cutoff` must be above 0 and below half the sample rate.
  public init(cutoff: Double, sampleRate: Double) {
    self.cutoff = cutoff
    self.sampleRate = sampleRate
    let omega = 2 * Double.pi * cutoff / sampleRate
    let alpha = sin(omega) / (2 * (1 / 2.0.squareRoot()))
    let cosine = cos(omega)
    let a0 = 1 + alpha
    b0 = (1 + cosine) / 2 / a0
    b1 = -(1 + cosine) / a0
    b2 = (1 + cosine) / 2 / a0
    a1 = -2 * cosine / a0
    a2 = (1 - alpha) / a0
  }

  /// Filters `samples` in place, from a state of rest (a part always starts from silence, so
  /// a part filtered alone equals the same part filtered in a full render).
  public func apply(to samples: inout [Float]) {
    var (x1, x2, y1, y2) = (0.0, 0.0, 0.0, 0.0)
    for index in samples.indices {
      let x = Double(samples[index])
      let y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
      (x2, x1, y2, y1) = (x1, x, y1, y)
      samples[index] = Float(y)
    }
  }

  /// The filter's gain at `frequency`, in dB (for tests and documentation).
  public func gain(at frequency: Double) -> Double {
    let omega = 2 * Double.pi * frequency / sampleRate
    // |H(e^jω)|² from the numerator and denominator polynomials in e^-jω.
    func magnitude(_ c0: Double, _ c1: Double, _ c2: Double) -> Double {
      let real = c0 + c1 * cos(omega) + c2 * cos(2 * omega)
      let imaginary = -(c1 * sin(omega) + c2 * sin(2 * omega))
      return real * real + imaginary * imaginary
    }
    return 10 * log10(magnitude(b0, b1, b2) / magnitude(1, a1, a2))
  }
}
