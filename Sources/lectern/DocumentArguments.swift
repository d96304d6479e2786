import Foundation
import LecternRender
import LecternSupport
import LecternText

/// Where documents come from when a command is given none: the `seeds/` folder.
enum DocumentArguments {
  /// The folder of input documents, relative to the current directory.
  static let seedsFolder = "seeds"

  /// `files` as given, or every visible regular file in `seeds/` by name when empty.
  ///
  /// - Throws: a usage error when no file is given and `seeds/` holds none.
  static func resolve(_ files: [String]) throws -> [String] {
    if !files.isEmpty { return files }
    let seeds = seedDocuments()
    guard !seeds.isEmpty else {
      throw UsageError("no FILE given and no document in \(seedsFolder)/")
    }
    return seeds
  }

  /// Refuses documents that would be rendered into the same folder of `output` (`a/x.txt`
  /// and `b/x.txt` are both `x`), or into a folder named like Lectern's own files.
  ///
  /// - Throws: a usage error naming both documents, or the document with a reserved name.
  static func requireDistinctNames(_ documents: [String], output: String) throws {
    var seen: [String: String] = [:]
    for document in documents {
      let name = Document.name(ofPath: document)
      try RenderFolder.requireUsableName(name, source: document)
      if let first = seen[name] {
        throw UsageError(
          "\(first) and \(document) would both be rendered into \(output)/\(name);"
            + " rename one, or render them into different --output folders")
      }
      seen[name] = document
    }
  }

  /// The first document in `seeds/`, for commands that take one.
  static func resolve(_ file: String?) throws -> String {
    try resolve(file.map { [$0] } ?? [])[0]
  }

  /// Every visible regular file in `seeds/`, sorted by name, as relative paths.
  static func seedDocuments() -> [String] {
    let files = FileManager.default
    guard let names = try? files.contentsOfDirectory(atPath: seedsFolder) else { return [] }
    return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(seedsFolder)/\($0)" }
      .filter { path in
        var isDirectory: ObjCBool = false
        return files.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
      }
  }
}
