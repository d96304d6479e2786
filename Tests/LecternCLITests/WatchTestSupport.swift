import Foundation
import LecternRender
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A `lectern watch` running on a copy of the seed in a folder of its own, for the tests of
/// the watch: it saves the document as editors do and waits for the lines the watch prints
/// (its stderr is a pipe read here), never for a time.
final class WatchRun {
  /// The test's folder: `doc/` (the document), `out/` (the watch's output), `tmp/` (its
  /// `TMPDIR`).
  let folder: String
  /// The watched document.
  let document: String
  /// The document's render folder.
  var rendered: String { folder + "/out/" + name }
  let name = RenderCommandTests.name
  let process: Process
  private let errors = Pipe()
  /// Every line read from the watch's stderr so far, in order.
  private(set) var lines: [String] = []
  /// How many of ``lines`` a wait has gone past.
  private var seen = 0
  private var pending = Data()

  /// The longest wait for a line, in milliseconds: generous, for a loaded machine. It only
  /// ends a test that would otherwise hang; nothing is timed.
  static let patience: Int32 = 600_000

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
    process = try LecternProcess.start(
      ["watch", document, "--output", folder + "/out"] + arguments,
      environment: ["TMPDIR": folder + "/tmp"].merging(environment) { _, new in new },
      errorPipe: errors)
  }

  deinit {
    if process.isRunning {
      kill(-process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// What the watch printed on stderr so far.
  var stderr: String { lines.joined(separator: "\n") }

  /// The manifest of the render in place, if there is one.
  var manifest: Manifest? {
    try? RenderCommandTests.loadManifest(rendered)
  }

  /// Reads the watch's stderr until a line not seen by an earlier wait satisfies `match`;
  /// returns it without its time of day. Fails when the watch ends first, or prints nothing
  /// for ``patience``.
  @discardableResult
  func waitForLine(_ what: String, _ match: (String) -> Bool) throws -> String {
    while true {
      while seen < lines.count {
        // The watch's own lines begin with `lectern: ` and the time of day; its player's do not.
        let clock = lines[seen].prefixMatch(of: /lectern:\x20\d\d:\d\d:\d\d\x20/)
        let line = clock.map { String(lines[seen][$0.range.upperBound...]) } ?? lines[seen]
        seen += 1
        if match(line) { return line }
      }
      try readLines(waiting: what)
    }
  }

  /// Reads what the watch printed next, waiting in `poll` for it.
  private func readLines(waiting what: String) throws {
    var entry = pollfd(
      fd: errors.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
    let ready = poll(&entry, 1, Self.patience)
    try #require(ready == 1, "no \(what) in \(Self.patience / 1000) s: \(stderr)")
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(entry.fd, &buffer, buffer.count)
    try #require(count > 0, "watch ended while waiting for \(what): \(stderr)")
    pending.append(contentsOf: buffer[..<count])
    while let end = pending.firstIndex(of: 0x0A) {
      lines.append(String(decoding: pending[pending.startIndex..<end], as: UTF8.self))
      pending = Data(pending[(end + 1)...])
    }
  }

  /// Waits for the line of the next update (`NAME: … updated in S s`) and returns it.
  @discardableResult
  func waitForUpdate(_ what: String) throws -> String {
    try waitForLine(what) { $0.contains(" parts synthesized); updated in ") }
  }

  /// Waits for the first render and returns its manifest.
  func waitForFirstRender() throws -> Manifest {
    try waitForUpdate("the first render")
    return try #require(manifest)
  }

  /// Saves `text` as an editor that saves by renaming does: a new file beside it, renamed
  /// over the document.
  func saveByRename(_ text: Data) throws {
    let beside = folder + "/doc/.save-\(UUID().uuidString)"
    try text.write(to: URL(fileURLWithPath: beside))
    #expect(rename(beside, document) == 0)
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
