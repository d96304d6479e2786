import Foundation

/// A strict reader of the WebVTT and SubRip files Lectern writes, to check they parse.
enum CaptionParser {
  enum Format { case webVTT, subRip }

  struct Cue: Equatable {
    var start: Double
    var end: Double
    var lines: [String]
  }

  struct ParseError: Error, CustomStringConvertible {
    let description: String
  }

  static func parse(_ text: String, format: Format) throws -> [Cue] {
    var blocks = text.components(separatedBy: "\n\n").map {
      $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    if format == .webVTT {
      guard blocks.first?.first == "WEBVTT" else {
        throw ParseError(description: "no WEBVTT header")
      }
      blocks.removeFirst()
    }
    var cues: [Cue] = []
    for (number, block) in blocks.enumerated() {
      let lines = block.filter { !$0.isEmpty }
      guard lines.count >= 3 else { throw ParseError(description: "cue \(number + 1): too short") }
      guard Int(lines[0]) == number + 1 else {
        throw ParseError(description: "cue \(number + 1): bad number \(lines[0])")
      }
      let times = lines[1].components(separatedBy: " --> ")
      guard times.count == 2, let start = seconds(times[0], format),
        let end = seconds(times[1], format)
      else { throw ParseError(description: "cue \(number + 1): bad timing \(lines[1])") }
      cues.append(Cue(start: start, end: end, lines: Array(lines[2...])))
    }
    return cues
  }

  /// A WebVTT cue as plain text: `<lang xx>` spans removed, `&amp;` `&lt;` `&gt;` undone.
  static func plain(_ cue: Cue) -> Cue {
    var cue = cue
    cue.lines = cue.lines.map { line in
      line.replacingOccurrences(of: "<lang [^>]*>|</lang>", with: "", options: .regularExpression)
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&")
    }
    return cue
  }

  /// `HH:MM:SS.mmm` (VTT) or `HH:MM:SS,mmm` (SRT).
  static func seconds(_ text: String, _ format: Format) -> Double? {
    let separator: Character = format == .webVTT ? "." : ","
    let parts = text.split(separator: separator)
    guard parts.count == 2, parts[1].count == 3, let millis = Int(parts[1]) else { return nil }
    let clock = parts[0].split(separator: ":").compactMap { Int($0) }
    guard clock.count == 3, clock[1] < 60, clock[2] < 60 else { return nil }
    return Double(clock[0] * 3600 + clock[1] * 60 + clock[2]) + Double(millis) / 1000
  }
}
