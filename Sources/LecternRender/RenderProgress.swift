import Foundation
import LecternSystem

/// Receives a render's progress. ``RenderProgressReporter`` draws it on stderr.
public protocol RenderProgress: AnyObject {
  /// A document's render starts with `parts` parts to produce.
  func started(document: String, parts: Int)
  /// A part is synthesized (or taken from the cache) and written.
  func finished(part: String, audioSeconds: Double)
  /// A part's file is complete at `file` (in the staging folder, until the render commits);
  /// `key` is its content key, as the manifest records it. (For `watch --play`, which plays
  /// the first changed part before the render ends.)
  func wrote(part: String, key: String, file: String)
  /// The document is complete: `files` written into `directory`, `audioSeconds` long;
  /// `synthesized` of its parts came from the engine, the others from the cache.
  func completed(
    document: String, directory: String, files: Int, audioSeconds: Double, synthesized: Int)
  /// The document's loudness and whether it meets its mastering profile, for the summary;
  /// reported just before ``completed(document:directory:files:audioSeconds:synthesized:)``.
  func measured(_ summary: String)
}

extension RenderProgress {
  /// Ignores the loudness summary.
  public func measured(_ summary: String) {}
}

extension RenderProgress {
  /// Nothing: only `watch` needs the file.
  public func wrote(part: String, key: String, file: String) {}
}

/// Progress on stderr: a redrawn bar on a terminal, plain lines otherwise, or nothing.
public final class RenderProgressReporter: RenderProgress {
  /// How progress is shown.
  public enum Style: Sendable {
    /// A bar redrawn in place: parts done, audio seconds, ETA.
    case bar
    /// One line per part.
    case lines
    /// Nothing at all.
    case quiet
  }

  private let style: Style
  private var document = ""
  private var total = 0
  private var done = 0
  private var audio = 0.0
  private var started = Date()
  private var loudness = ""

  /// Creates a reporter; `nil` picks a bar on a terminal and lines otherwise.
  public init(style: Style? = nil) {
    self.style = style ?? (StandardError.isTerminal ? .bar : .lines)
  }

  /// See ``RenderProgress/started(document:parts:)``.
  public func started(document: String, parts: Int) {
    self.document = document
    total = parts
    done = 0
    audio = 0
    started = Date()
    if style == .lines { emit("\(document): rendering \(parts) parts\n") }
  }

  /// See ``RenderProgress/finished(part:audioSeconds:)``.
  public func finished(part: String, audioSeconds: Double) {
    done += 1
    audio += audioSeconds
    switch style {
    case .quiet: return
    case .lines:
      emit("\(document): part \(part) done (\(done)/\(total), \(Self.clock(audioSeconds)))\n")
    case .bar:
      let width = 24
      let filled = total > 0 ? done * width / total : width
      let elapsed = Date().timeIntervalSince(started)
      let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
      let bar =
        String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      emit(
        "\r\u{1B}[2K\(document) [\(bar)] \(done)/\(total) parts · "
          + "\(Self.clock(audio)) audio · ETA \(Self.clock(eta))")
    }
  }

  /// See ``RenderProgress/measured(_:)``: kept for the summary line.
  public func measured(_ summary: String) { loudness = summary }

  /// See ``RenderProgress/completed(document:directory:files:audioSeconds:synthesized:)``.
  public func completed(
    document: String, directory: String, files: Int, audioSeconds: Double, synthesized: Int
  ) {
    guard style != .quiet else { return }
    let wall = Date().timeIntervalSince(started)
    let factor = wall > 0 ? audioSeconds / wall : 0
    let clear = style == .bar ? "\r\u{1B}[2K" : ""
    emit(
      "\(clear)\(document): wrote \(files) files to \(directory): \(Self.clock(audioSeconds)) "
        + "of audio in \(String(format: "%.2f", wall)) s (\(Int(factor.rounded()))× real time; "
        + "\(synthesized) of \(total) parts synthesized, \(total - synthesized) from the cache)"
        + (loudness.isEmpty ? "" : "; \(loudness)") + "\n")
    loudness = ""
  }

  /// `M:SS.s` (or `H:MM:SS`).
  static func clock(_ seconds: Double) -> String {
    let tenths = Int((seconds * 10).rounded())
    let (minutes, rest) = (tenths / 600, tenths % 600)
    if minutes >= 60 {
      return String(format: "%d:%02d:%02d", minutes / 60, minutes % 60, rest / 10)
    }
    return String(format: "%d:%02d.%d", minutes, rest / 10, rest % 10)
  }

  private func emit(_ text: String) {
    StandardError.write(text)
  }
}
