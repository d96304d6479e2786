import Foundation
import LecternAudio
import LecternSupport
import LecternText

/// The mastering profiles of a voices folder: `DIR/mastering/NAME.master`, one `key = value`
/// per line, read like voice profiles (errors name the file and line, exit 78).
public enum MasteringProfiles {
  /// The folder of profiles inside the voices folder.
  public static let folder = "mastering"
  /// The profile a render uses when none is named.
  public static let defaultName = "web"

  /// The keys a profile may set.
  static let keys = [
    "sample-rate", "loudness", "loudness-tolerance", "true-peak", "high-pass",
    "limiter-lookahead", "limiter-release", "room-tone", "head", "tail", "head-min", "head-max",
    "tail-min", "tail-max", "rms-min", "rms-max", "peak", "noise-floor", "mp3-mode",
    "mp3-bitrate",
  ]

  /// No profile of that name: a usage error listing the ones there are.
  public struct UnknownProfile: LecternError {
    /// The one-line message.
    public let description: String
    /// `EX_USAGE`.
    public var exitStatus: ExitStatus { .usage }
  }

  /// The names of the profiles in `voicesDirectory`, sorted.
  public static func names(in voicesDirectory: String) -> [String] {
    let directory = "\(voicesDirectory)/\(folder)"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return files.filter { $0.hasSuffix(".master") && !$0.hasPrefix(".") }
      .map { String($0.dropLast(".master".count)) }.sorted()
  }

  /// Loads profile `name` from `voicesDirectory/mastering/`, or from the file `name` when it
  /// is a path to a `.master` file (a copy a user edits elsewhere).
  public static func load(_ name: String, voicesDirectory: String) throws -> MasteringProfile {
    let path =
      name.hasSuffix(".master") ? name : "\(voicesDirectory)/\(folder)/\(name).master"
    guard let data = FileManager.default.contents(atPath: path) else {
      let known = names(in: voicesDirectory)
      throw UnknownProfile(
        description: "no mastering profile \"\(name)\" (\(path)); profiles: "
          + (known.isEmpty ? "none in \(voicesDirectory)/\(folder)" : known.joined(separator: ", "))
      )
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigurationError(file: path, "is not UTF-8 text")
    }
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return try parse(text, name: stem, file: path)
  }

  /// The profile that `text` (the contents of `file`) describes.
  public static func parse(
    _ text: String, name: String, file: String
  ) throws(ConfigurationError) -> MasteringProfile {
    let reader = try VoiceProfileReader(text: text, file: file, allowedKeys: keys)
    var profile = MasteringProfile(name: name)
    if reader.entry("sample-rate") != nil {
      profile.sampleRate = try reader.integer("sample-rate", in: 8_000...192_000, default: 0)
    }
    profile.loudness = try reader.number("loudness", in: -70...0)
    profile.loudnessTolerance = try reader.number("loudness-tolerance", in: 0.1...10) ?? 1
    profile.truePeak = try reader.number("true-peak", in: -20...0)
    profile.highPass = try reader.number("high-pass", in: 1...200)
    profile.lookahead = (try reader.number("limiter-lookahead", in: 0.5...50) ?? 5) / 1000
    profile.release = (try reader.number("limiter-release", in: 10...2000) ?? 100) / 1000
    profile.roomTone = try reader.number("room-tone", in: -100 ... -40)
    profile.head = try reader.number("head", in: 0...10)
    profile.tail = try reader.number("tail", in: 0...30)
    profile.headRange = try reader.range("head-min", "head-max", in: 0...10)
    profile.tailRange = try reader.range("tail-min", "tail-max", in: 0...30)
    profile.rms = try reader.range("rms-min", "rms-max", in: -100...0)
    profile.peak = try reader.number("peak", in: -20...0)
    profile.noiseFloor = try reader.number("noise-floor", in: -120...0)
    if let entry = reader.entry("mp3-mode") {
      guard let mode = MasteringProfile.BitrateMode(rawValue: entry.value) else {
        throw ConfigurationError(
          file: file, line: entry.line,
          "\"mp3-mode\" must be cbr, abr or vbr, found \"\(entry.value)\"")
      }
      profile.mp3Mode = mode
    }
    if reader.entry("mp3-bitrate") != nil {
      profile.mp3Bitrate = try reader.integer("mp3-bitrate", in: 32...320, default: 0)
    }
    return profile
  }
}

extension VoiceProfileReader {
  /// The decimal value of `key` within `range`, or `nil` when the file omits it.
  fileprivate func number(
    _ key: String, in range: ClosedRange<Double>
  ) throws(ConfigurationError) -> Double? {
    guard let entry = entry(key) else { return nil }
    guard let value = Double(entry.value), range.contains(value) else {
      throw ConfigurationError(
        file: file, line: entry.line,
        "\"\(key)\" must be a number from \(Self.format(range.lowerBound)) to "
          + "\(Self.format(range.upperBound)), found \"\(entry.value)\"")
    }
    return value
  }

  /// The range `low`…`high` when the file sets both (either alone is an error).
  fileprivate func range(
    _ low: String, _ high: String, in bounds: ClosedRange<Double>
  ) throws(ConfigurationError) -> ClosedRange<Double>? {
    let lower = try number(low, in: bounds)
    let upper = try number(high, in: bounds)
    switch (lower, upper) {
    case (nil, nil): return nil
    case (let lower?, let upper?) where lower <= upper: return lower...upper
    case (.some, .some):
      throw ConfigurationError(
        file: file, line: entry(high)?.line, "\"\(high)\" must not be below \"\(low)\"")
    default:
      let missing = lower == nil ? low : high
      let present = lower == nil ? high : low
      throw ConfigurationError(
        file: file, line: entry(present)?.line, "\"\(present)\" needs \"\(missing)\" as well")
    }
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
