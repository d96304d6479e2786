import Foundation
import LecternAudio
import LecternText

/// How a render names and tags its files: part files in speaking order, chapter titles, and
/// the tags of each file.
///
/// Part files are `parts/NN-ID.ext`, numbered from 00 in speaking order and zero-padded to
/// the width the part count needs (at least 2), so that any file list sorts them as they are
/// spoken (`00-intro`, `01-opening`, `02-1` … `16-15`). Everyone else reads a part's file name
/// from the manifest (`parts[].file`).
struct PartFiles {
  let plan: RenderPlan
  let format: AudioFormat
  /// The engine, for the comment tag.
  let engine: String
  /// Tags of the whole file: the address's title, its speaker, date and language. Made once:
  /// every part's tags start from them, and reading the date asks ICU.
  let wholeMetadata: AudioMetadata

  /// The files of `plan` in `format`, spoken by `engine`.
  init(plan: RenderPlan, format: AudioFormat, engine: String) {
    self.plan = plan
    self.format = format
    self.engine = engine
    let facts = plan.metadata
    let title = facts.title ?? plan.document
    wholeMetadata = AudioMetadata(
      title: title, artist: facts.speaker,
      date: facts.date.map { ISODate.from($0, language: plan.language) ?? $0 },
      comment: "Source: \(plan.document). Spoken by \(engine).", software: "Lectern",
      album: title, language: plan.language)
  }

  /// The zero-padded width of part numbers.
  var width: Int { max(2, String(max(0, plan.parts.count - 1)).count) }

  /// `parts/NN-ID.ext` of the part at `index`.
  func file(_ index: Int) -> String {
    let number = String(index)
    let padded = String(repeating: "0", count: max(0, width - number.count)) + number
    return "parts/\(padded)-\(plan.parts[index].id).\(format.fileExtension)"
  }

  /// The longest chapter title, in characters, before it is cut with an ellipsis.
  static let titleLength = 60

  /// A part's own title, for chapters and its file's title tag: its first utterance, cut at
  /// a word to at most 60 characters (the intro's is the address's introduction; a
  /// paragraph's starts with its printed number). Titles come from the document's own words,
  /// so they are in its language, whatever that is.
  func title(_ index: Int) -> String {
    let part = plan.parts[index]
    let first = part.utterances.first?.text ?? part.id
    var title = Self.flattened(first)
    if title.count > Self.titleLength {
      let cut = title.prefix(Self.titleLength)
      let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
      title = word.trimmingCharacters(in: Self.titleEnds) + "…"
    }
    if part.kind == .paragraph, Int(part.id) != nil, !title.hasPrefix(part.id) {
      title = "\(part.id). \(title)"
    }
    return title
  }

  /// What a cut title loses at its ends, made once: a render asks for every part's title
  /// three times.
  private static let titleEnds = CharacterSet.punctuationCharacters.union(.whitespaces)

  /// The text's words (runs of characters that are no whitespace), one space between them.
  /// ASCII text by its bytes: there every character is one byte (a CR LF pair is whitespace
  /// either way), and splitting by characters cost most of a part file's labels.
  static func flattened(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    var flat: [UInt8] = []
    flat.reserveCapacity(text.utf8.count)
    var space = false  // a space is owed before the next word's first byte
    for byte in text.utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        space = !flat.isEmpty
      } else {
        if space { flat.append(0x20) }
        space = false
        flat.append(byte)
      }
    }
    return String(decoding: flat, as: UTF8.self)
  }

  /// Tags of the part at `index`: its own title and track number, album = the address.
  func metadata(_ index: Int) -> AudioMetadata {
    var metadata = wholeMetadata
    metadata.title = title(index)
    metadata.track = index + 1
    metadata.trackCount = plan.parts.count
    return metadata
  }
}
