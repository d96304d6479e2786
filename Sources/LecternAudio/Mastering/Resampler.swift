import CSoxr

/// Sample-rate conversion of whole parts with libsoxr (SoX's resampler), at its "high
/// quality" setting: linear phase, 20-bit precision, pass band flat to 91 % of the lower
/// Nyquist frequency — far beyond what 22 050 Hz speech holds.
///
/// A part is converted in one call (`soxr_oneshot`) from rest, so a part converted alone
/// equals the same part in a full render. One thread only: the renderer must stay a
/// single-threaded process because the speech layer forks from it.
public struct Resampler: Sendable {
  /// The input rate, in hertz.
  public let inputRate: Int
  /// The output rate, in hertz.
  public let outputRate: Int

  /// Creates a converter from `inputRate` to `outputRate`.
  public init(from inputRate: Int, to outputRate: Int) {
    self.inputRate = inputRate
    self.outputRate = outputRate
  }

  /// The output frame that input frame `frame` becomes: frame × out ÷ in, rounded to the
  /// nearest (the converter's output is aligned with its input: no delay).
  public func outputFrame(_ frame: Int) -> Int {
    (frame * outputRate + inputRate / 2) / inputRate
  }

  /// `samples` at ``outputRate``: exactly `outputFrame(samples.count)` samples.
  ///
  /// The corresponding C function is `soxr_oneshot`.
  public func convert(_ samples: [Float], path: String) throws(AudioError) -> [Float] {
    guard inputRate != outputRate else { return samples }
    let wanted = outputFrame(samples.count)
    var output = [Float](repeating: 0, count: wanted)
    guard !samples.isEmpty else { return output }
    var quality = soxr_quality_spec(UInt(SOXR_HQ), 0)
    var runtime = soxr_runtime_spec(1)
    var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
    var done = 0
    let failure = samples.withUnsafeBufferPointer { input in
      output.withUnsafeMutableBufferPointer { out in
        soxr_oneshot(
          Double(inputRate), Double(outputRate), 1, input.baseAddress, input.count, nil,
          out.baseAddress, out.count, &done, &io, &quality, &runtime)
      }
    }
    if let failure {
      throw AudioError(
        .invalidArgument, path: path, call: "soxr_oneshot",
        message: "cannot resample \(inputRate) Hz to \(outputRate) Hz: \(String(cString: failure))")
    }
    // soxr_oneshot flushes the filter, so it fills the buffer; any shortfall stays silent.
    return output
  }
}
