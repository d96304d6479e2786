import Foundation
import LecternSupport

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
