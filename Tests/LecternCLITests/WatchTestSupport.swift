import Foundation
import LecternRender
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A `lectern watch` running on a copy of the seed in a folder of its own, for the tests of
/// the watch: it saves the document as editors do and waits for conditions, never for a time.
final class WatchRun {
  /// The test's folder: `doc/` (the document), `out/` (the watch's output), `tmp/` (its
  /// `TMPDIR`), `stderr`.
  let folder: String
  /// The watched document.
  let document: String
  /// The document's render folder.
  var rendered: String { folder + "/out/" + name }
  let name = RenderCommandTests.name
  let process: Process
  private let errorPath: String

  /// The longest wait for a condition: generous, for a loaded machine. Nothing is timed.
  static let patience = 600.0

  /// Starts `lectern watch` on a copy of the seed with `arguments` added, `environment`
  /// added to the run's.
  init(_ arguments: [String] = [], environment: [String: String] = [:]) throws {
    folder = try LecternProcess.temporaryDirectory()
    for sub in ["doc", "out", "tmp"] {
      try FileManager.default.createDirectory(
        atPath: folder + "/" + sub, withIntermediateDirectories: true)
    }
    document = folder + "/doc/\(RenderCommandTests.name).txt"
    try FileManager.default.copyItem(atPath: RenderCommandTests.seed, toPath: document)
    errorPath = folder + "/stderr"
    process = try LecternProcess.start(
      ["watch", document, "--output", folder + "/out"] + arguments,
      environment: ["TMPDIR": folder + "/tmp"].merging(environment) { _, new in new },
      standardError: errorPath)
  }

  deinit {
    if process.isRunning {
      kill(-process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// What the watch printed on stderr so far.
  var stderr: String {
    (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
  }

  /// The manifest of the render in place, if there is one.
  var manifest: Manifest? {
    try? RenderCommandTests.loadManifest(rendered)
  }

  /// Waits until `condition` holds (checked every few milliseconds) or the watch ends.
  func wait(for what: String, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(Self.patience)
    while try !condition() {
      try #require(process.isRunning, "watch ended while waiting for \(what): \(stderr)")
      try #require(Date() < deadline, "no \(what) after \(Self.patience) s: \(stderr)")
      usleep(20_000)
    }
  }

  /// Waits for the first render.
  func waitForFirstRender() throws -> Manifest {
    try wait(for: "the first render") { manifest != nil }
    return try #require(manifest)
  }

  /// Saves `text` as an editor that saves by renaming does: a new file beside it, renamed
  /// over the document.
  func saveByRename(_ text: Data, to path: String? = nil) throws {
    let target = path ?? document
    let beside = (target as NSString).deletingLastPathComponent + "/.save-\(UUID().uuidString)"
    try text.write(to: URL(fileURLWithPath: beside))
    #expect(rename(beside, target) == 0)
  }

  /// The seed with paragraph 9 edited.
  static func editedSeed(_ words: String = "Indeed,") throws -> String {
    let text = try String(contentsOfFile: RenderCommandTests.seed, encoding: .utf8)
    let lines = text.components(separatedBy: "\n").map { line in
      line.hasPrefix("9. ") ? "9. \(words) " + line.dropFirst(3) : line
    }
    return lines.joined(separator: "\n")
  }

  /// Sends `signal` to the watch alone (not its children) and waits for it to end.
  func stop(_ signal: Int32 = SIGINT) -> Int32 {
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// Whether any process of the watch's group (the watch and what it forked) is alive.
  var groupAlive: Bool {
    kill(-process.processIdentifier, 0) == 0
  }
}

/// The inode of each regular file under `folder`, by relative path.
func inodes(_ folder: String) -> [String: UInt64] {
  var result: [String: UInt64] = [:]
  let enumerator = FileManager.default.enumerator(atPath: folder)
  while let relative = enumerator?.nextObject() as? String {
    var status = stat()
    if stat(folder + "/" + relative, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
      result[relative] = UInt64(status.st_ino)
    }
  }
  return result
}

/// Every regular file under `folder` with its bytes.
func contents(_ folder: String) -> [String: Data] {
  inodes(folder).keys.reduce(into: [:]) { result, path in
    result[path] = FileManager.default.contents(atPath: folder + "/" + path)
  }
}
