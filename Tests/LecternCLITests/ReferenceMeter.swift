import Foundation

/// Debian's ffmpeg and ffprobe, as an independent judge of what Lectern writes: loudness by
/// ffmpeg's own `ebur128` filter (true peak on), levels by `astats`, quiet by
/// `silencedetect`, chapters and tags by ffprobe.
enum ReferenceMeter {
  /// What ffmpeg measures of one file.
  struct Figures {
    /// Integrated loudness, LUFS.
    var integrated: Double
    /// True peak, dBTP.
    var truePeak: Double
    /// RMS level, dB.
    var rms: Double
    /// Sample peak, dB.
    var peak: Double
    /// Seconds of quiet (under −50 dB) at the start and the end.
    var head: Double
    var tail: Double
    /// Length, seconds.
    var duration: Double
  }

  /// Runs `arguments` (a program on `PATH` and its arguments); returns stdout and stderr.
  static func run(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let output = Pipe()
    let errors = FileManager.default.temporaryDirectory.path + "/lectern-ref-\(UUID().uuidString)"
    FileManager.default.createFile(atPath: errors, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: errors) }
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let stderr = try String(contentsOfFile: errors, encoding: .utf8)
    return (String(decoding: stdout, as: UTF8.self), stderr)
  }

  /// Measures `path` with ffmpeg.
  static func measure(_ path: String) throws -> Figures {
    let filters = "ebur128=peak=true,astats=measure_perchannel=none,silencedetect=noise=-50dB:d=0.2"
    let (_, log) = try run([
      "ffmpeg", "-hide_banner", "-nostats", "-i", path, "-af", filters, "-f", "null", "-",
    ])
    // The summary comes last; per-frame lines come before "Summary:".
    let summary = log.components(separatedBy: "Summary:").last ?? ""
    let duration = try probeDuration(path)
    let starts = numbers(after: "silence_start: ", in: log)
    let ends = numbers(after: "silence_end: ", in: log)
    let head = starts.first.map { $0 <= 0.001 ? (ends.first ?? duration) : 0 } ?? 0
    // A silence still open at the end has a start and no end, or (ffmpeg 5.1) an end at the
    // end of the decoded stream, which for MP3 is a few frames short of the probed length.
    var tail = 0.0
    if starts.count > ends.count {
      tail = duration - (starts.last ?? duration)
    } else if let start = starts.last, let end = ends.last, duration - end < 0.1 {
      tail = end - start
    }
    return Figures(
      integrated: try number(after: "I:", in: summary),
      truePeak: try number(after: "Peak:", in: summary),
      rms: try number(after: "RMS level dB:", in: log),
      peak: try number(after: "Peak level dB:", in: log),
      head: head, tail: tail, duration: duration)
  }

  /// The sample rate and bit rate of the first audio stream.
  static func stream(_ path: String) throws -> (sampleRate: Int, bitRate: Int?) {
    let (out, _) = try run([
      "ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
      "stream=sample_rate,bit_rate", "-of", "default=noprint_wrappers=1", path,
    ])
    let values = Dictionary(
      out.split(separator: "\n").compactMap { line -> (String, String)? in
        let pair = line.split(separator: "=", maxSplits: 1).map(String.init)
        return pair.count == 2 ? (pair[0], pair[1]) : nil
      }, uniquingKeysWith: { first, _ in first })
    return (Int(values["sample_rate"] ?? "") ?? 0, Int(values["bit_rate"] ?? ""))
  }

  /// Chapters as ffprobe reads them: start in seconds and title.
  static func chapters(_ path: String) throws -> [(start: Double, title: String)] {
    let (out, _) = try run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", path])
    struct Listing: Decodable {
      struct Chapter: Decodable {
        var start_time: String
        var tags: [String: String]?
      }
      var chapters: [Chapter]
    }
    let listing = try JSONDecoder().decode(Listing.self, from: Data(out.utf8))
    return listing.chapters.map { (Double($0.start_time) ?? -1, $0.tags?["title"] ?? "") }
  }

  /// The container's (or first stream's) tags, keys in lower case.
  static func tags(_ path: String) throws -> [String: String] {
    let (out, _) = try run([
      "ffprobe", "-v", "error", "-show_entries", "format_tags:stream_tags", "-of", "json", path,
    ])
    struct Listing: Decodable {
      struct Tagged: Decodable { var tags: [String: String]? }
      var format: Tagged?
      var streams: [Tagged]?
    }
    let listing = try JSONDecoder().decode(Listing.self, from: Data(out.utf8))
    var tags: [String: String] = [:]
    for source in [listing.format?.tags] + (listing.streams ?? []).map(\.tags) {
      for (key, value) in source ?? [:] { tags[key.lowercased()] = tags[key.lowercased()] ?? value }
    }
    return tags
  }

  private static func probeDuration(_ path: String) throws -> Double {
    let (out, _) = try run([
      "ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path,
    ])
    return Double(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  private static func number(after label: String, in text: String) throws -> Double {
    guard let value = numbers(after: label, in: text).first else {
      throw ReferenceError("ffmpeg printed no \"\(label)\"")
    }
    return value
  }

  private static func numbers(after label: String, in text: String) -> [Double] {
    text.components(separatedBy: label).dropFirst().compactMap { rest in
      let token = rest.drop { $0 == " " }.prefix { "-+.0123456789inf".contains($0) }
      return token == "-inf" ? -.infinity : Double(token)
    }
  }

  struct ReferenceError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
