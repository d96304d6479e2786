import Foundation
import Testing

/// Temporary folders, and folders compared file by file, for the render tests.
enum TestFolders {
  /// A fresh folder in the temporary directory, named `prefix-UUID`; the caller removes it.
  static func temporary(_ prefix: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.path + "/\(prefix)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// The files under `folder`, as sorted relative paths (folders left out).
  static func files(in folder: String) throws -> [String] {
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
    return enumerator.compactMap { $0 as? String }.filter { path in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
        && !isFolder.boolValue
    }.sorted()
  }

  /// Expects `folder` to hold the files of `reference`, and no other, byte for byte; returns
  /// their names.
  @discardableResult
  static func expectSame(
    _ folder: String, as reference: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    let names = try files(in: reference)
    #expect(try files(in: folder) == names, sourceLocation: sourceLocation)
    for name in names {
      #expect(
        FileManager.default.contents(atPath: folder + "/" + name)
          == FileManager.default.contents(atPath: reference + "/" + name), "\(name)",
        sourceLocation: sourceLocation)
    }
    return names
  }
}
