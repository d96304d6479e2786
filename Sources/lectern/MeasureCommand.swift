import ArgumentParser
import Foundation
import LecternAudio
import LecternRender

/// `lectern measure`: any audio file's loudness, judged against a mastering profile.
struct MeasureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure",
    abstract: "Measure audio files' loudness against a mastering profile.",
    discussion: """
      For each FILE (any format libsndfile reads: WAV, FLAC, Ogg Vorbis, Opus, MP3 …) prints \
      the integrated loudness, loudness range, true peak and sample peak (EBU R 128, by \
      libebur128), RMS, noise floor, the quiet at the head and tail, the sample rate and \
      bitrate, and whether each limit of the profile holds. A file too short or too quiet to \
      gate cannot be judged and fails. Exits with status 1 when any file fails.
      """
  )

  @Argument(help: ArgumentHelp("The audio files to measure.", valueName: "FILE"))
  var files: [String]

  @OptionGroup var mastering: MasteringOption

  @OptionGroup var voices: VoicesOption

  func validate() throws {
    if files.isEmpty { throw ValidationError("Give at least one FILE to measure.") }
  }

  func run() throws {
    try reportingErrors {
      let profile = try mastering.profile(voices: voices)
      var failed = 0
      for file in files {
        let measured = try FileMeasurement(path: file)
        let problems = measured.problems(against: profile)
        if !problems.isEmpty { failed += 1 }
        print(Self.report(measured, problems: problems, profile: profile))
      }
      if failed > 0 { throw ExitCode(1) }
    }
  }

  /// "FILE: meets web", the figures on the next line, then one line per problem.
  static func report(
    _ measured: FileMeasurement, problems: [String], profile: MasteringProfile
  ) -> String {
    let figures = measured.figures
    let number = { (value: Double) in value.isFinite ? String(format: "%.1f", value) : "-inf" }
    let verdict = problems.isEmpty ? "meets \(profile.name)" : "FAILS \(profile.name)"
    var lines = ["\(measured.path): \(verdict)"]
    let loudness = figures.integrated.map { "\(number($0)) LUFS" } ?? "not gated"
    var detail =
      "  integrated \(loudness), LRA \(number(figures.range)) LU, true peak "
      + "\(number(figures.truePeak)) dBTP, sample peak \(number(figures.samplePeak)) dBFS, RMS "
      + "\(number(figures.rms)) dB, noise floor \(figures.noiseFloor.map(number) ?? "n/a") dB, "
      + "head \(String(format: "%.2f", figures.head)) s, tail \(String(format: "%.2f", figures.tail)) s, "
      + "\(measured.sampleRate) Hz"
    if let bitrate = measured.bitrate { detail += ", \(bitrate) kbit/s" }
    lines.append(detail)
    lines += problems.map { "  - \($0)" }
    return lines.joined(separator: "\n")
  }
}
