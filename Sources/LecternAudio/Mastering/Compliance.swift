import Foundation

extension MasteringProfile {
  /// Integrated loudness is judged only on audio at least this long: shorter audio has too
  /// few 400 ms gating blocks for the figure to mean much (EBU Tech 3341 asks for programmes,
  /// the tests for parts over 3 s). Shorter audio is reported, never passed silently.
  public static let shortestJudged = 3.0

  /// What keeps audio measuring `figures` from meeting the profile, one phrase each; empty
  /// when it meets every limit the profile sets. `sampleRate` is the file's; `bitrate`
  /// (kbit/s) is checked for MP3 files when the profile names one.
  public func problems(
    with figures: LoudnessFigures, sampleRate: Int, format: AudioFormat? = nil,
    bitrate: Int? = nil
  ) -> [String] {
    var problems: [String] = []
    if let target = loudness {
      if let integrated = figures.integrated, figures.duration >= Self.shortestJudged {
        if abs(integrated - target) > loudnessTolerance {
          problems.append(
            "integrated \(Self.fixed(integrated)) LUFS is outside "
              + "\(Self.fixed(target)) ±\(Self.fixed(loudnessTolerance)) LU")
        }
      } else {
        problems.append(
          "cannot be judged: \(Self.fixed(figures.duration)) s is too short or too quiet to gate "
            + "(integrated loudness needs \(Int(Self.shortestJudged)) s of sound)")
      }
    }
    if let ceiling = truePeak, figures.truePeak > ceiling {
      problems.append(
        "true peak \(Self.fixed(figures.truePeak)) dBTP is above \(Self.fixed(ceiling))")
    }
    if let peak, figures.samplePeak > peak {
      problems.append(
        "sample peak \(Self.fixed(figures.samplePeak)) dBFS is above \(Self.fixed(peak))")
    }
    if let rms, !rms.contains(figures.rms) {
      problems.append("RMS \(Self.fixed(figures.rms)) dB is outside \(Self.span(rms)) dB")
    }
    if let noiseFloor, let floor = figures.noiseFloor, floor > noiseFloor {
      problems.append("noise floor \(Self.fixed(floor)) dB is above \(Self.fixed(noiseFloor))")
    }
    if let headRange, !headRange.contains(figures.head) {
      problems.append("head \(Self.fixed(figures.head)) s is outside \(Self.span(headRange)) s")
    }
    if let tailRange, !tailRange.contains(figures.tail) {
      problems.append("tail \(Self.fixed(figures.tail)) s is outside \(Self.span(tailRange)) s")
    }
    let expectedRate = format == .opus ? AudioFormat.opusSampleRate : self.sampleRate
    if let expectedRate, sampleRate != expectedRate {
      problems.append("sample rate \(sampleRate) Hz is not \(expectedRate) Hz")
    }
    // TagLib averages a CBR file's bitrate over its size, tags and padding included: ±1 %.
    if format == .mp3, let wanted = mp3Bitrate, let bitrate,
      abs(bitrate - wanted) > max(2, wanted / 100)
    {
      problems.append("bitrate \(bitrate) kbit/s is not \(wanted) kbit/s")
    }
    return problems
  }

  /// `-16.0`: one decimal, a true minus sign avoided so that output stays ASCII.
  static func fixed(_ value: Double) -> String { String(format: "%.1f", value) }

  private static func span(_ range: ClosedRange<Double>) -> String {
    "\(fixed(range.lowerBound))…\(fixed(range.upperBound))"
  }
}
