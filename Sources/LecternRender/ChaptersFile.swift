import Foundation
import LecternText

/// `chapters.json` beside the manifest: the whole file's chapters in the Podcasting 2.0 JSON
/// chapters format (version 1.2.0), which podcast hosts and apps read from a feed's
/// `<podcast:chapters>` element.
struct ChaptersFile: Encodable {
  /// The file's name in the output folder.
  static let name = "chapters.json"

  /// One chapter: start (and end) in seconds of the whole file, and its title.
  struct Entry: Encodable {
    var startTime: Double
    var endTime: Double
    var title: String
  }

  /// The format version, as the specification requires.
  var version = "1.2.0"
  /// The address's title.
  var title: String
  /// The speaker.
  var author: String?
  /// The audio file the chapters belong to.
  var fileName: String
  /// The chapters, in order.
  var chapters: [Entry]

  /// The chapters of `manifest`'s whole file: one per part, each running to the next.
  init(manifest: Manifest, plan: RenderPlan) {
    self.init(plan: plan, fileName: manifest.file)
    chapters = manifest.parts.enumerated().map { index, part in
      let next =
        index + 1 < manifest.parts.count ? manifest.parts[index + 1].start : manifest.duration
      return Self.entry(part, next: next)
    }
  }

  /// The file of the whole file `fileName` of a render of `plan`, with no chapters yet.
  init(plan: RenderPlan, fileName: String) {
    title = plan.metadata.title ?? plan.document
    author = plan.metadata.speaker
    self.fileName = fileName
    chapters = []
  }

  /// The chapter of a part that starts at `start` seconds, up to `next` (the next part's
  /// start, or the end of the file).
  static func entry(_ part: Manifest.PartEntry, next: Double) -> Entry {
    Entry(startTime: part.start, endTime: next, title: part.title ?? part.id)
  }

  /// The file's text: JSON with sorted keys.
  func json() throws(RenderError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    } catch {
      throw RenderError(.writeFailed, "cannot encode \(Self.name): \(error)")
    }
  }
}
