import Foundation
import LecternRender
import LecternSystem
import Testing

/// The output folder from the command line: interrupted swaps, mount points, other PID
/// namespaces and colliding names never lose what is there.
@Suite(.serialized)
struct OutputFolderSafetyTests {
  /// A two-paragraph document in `directory`, rendered once into `directory/out`, with a
  /// preview file in its render folder.
  func renderedWithPreview(in directory: String) throws -> (document: String, folder: String) {
    let document = directory + "/doc.txt"
    try "1. Hello there.\n\n2. Goodbye now.\n".write(
      toFile: document, atomically: true, encoding: .utf8)
    let first = try LecternProcess.run(
      ["render", document, "--output", directory + "/out", "--no-cache", "--quiet"])
    try #require(first.status == 0, "\(first.stderr)")
    let folder = directory + "/out/doc"
    try FileManager.default.createDirectory(
      atPath: folder + "/preview", withIntermediateDirectories: true)
    try "preview".write(toFile: folder + "/preview/1.wav", atomically: true, encoding: .utf8)
    try "1. Hello again.\n\n2. Goodbye now.\n".write(
      toFile: document, atomically: true, encoding: .utf8)
    return (document, folder)
  }

  /// Item 7: a render killed at the very moment it swaps its folder in (strace injects
  /// SIGKILL into the `renameat2` call) leaves the previous render with its previews; the
  /// next render carries them over and removes the killed one's staging folder.
  @Test func renderKilledAtTheSwapKeepsThePreviews() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (document, folder) = try renderedWithPreview(in: directory)
    let arguments = ["render", document, "--output", directory + "/out", "--no-cache", "--quiet"]
    let killed = try LecternProcess.run(
      arguments,
      shellPrefix:
        "exec strace -f -qq -o /dev/null -e trace=renameat2 -e inject=renameat2:signal=KILL"
        + " /bin/sh -c 'shift; exec \"$@\"' sh")
    // strace ends itself with the signal that ended the render.
    #expect(killed.status == SIGKILL, "\(killed.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder + "/preview/1.wav"))
    let next = try LecternProcess.run(arguments)
    #expect(next.status == 0, "\(next.stderr)")
    #expect(try String(contentsOfFile: folder + "/preview/1.wav", encoding: .utf8) == "preview")
    #expect(try visibleEntries(directory + "/out") == ["doc"])
  }

  /// Item 7: a mount point at OUTPUT/NAME is refused (73) and keeps its previews. Run in a
  /// mount namespace of its own, where the test may mount a tmpfs.
  @Test func mountPointAtTheRenderFolderIsRefusedAndKeepsItsPreviews() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (document, folder) = try renderedWithPreview(in: directory)
    try FileManager.default.moveItem(atPath: folder, toPath: directory + "/previous")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let script = """
      set -e
      mount -t tmpfs tmpfs '\(folder)'
      cp -a '\(directory)/previous/.' '\(folder)/'
      set +e
      '\(LecternProcess.binary)' render '\(document)' --output '\(directory)/out' --no-cache --quiet
      echo "status $?"
      ls '\(folder)/preview'
      """
    try script.write(toFile: directory + "/mounted.sh", atomically: true, encoding: .utf8)
    let namespace =
      geteuid() == 0
      ? "unshare --mount --propagation private" : "unshare --user --map-root-user --mount"
    let result = try LecternProcess.run(
      [], shellPrefix: "exec \(namespace) /bin/sh '\(directory)/mounted.sh'; exit; ")
    #expect(result.stdout.isEmpty == false)
    #expect(result.output == "status 73\n1.wav\n", "\(result.output)\(result.stderr)")
    #expect(result.stderr.contains("\(folder) is not replaced: it is a mount point"))
  }

  /// Item 9: a render in another PID namespace, where the process that holds a staging
  /// folder's lock does not exist by its id, leaves that staging folder alone.
  @Test func renderInAnotherPIDNamespaceLeavesALiveStagingFolder() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // A staging folder of this (live) process, as a render in progress has one.
    let staging = directory + "/out/" + TemporaryName.make(for: "other")
    try FileManager.default.createDirectory(
      atPath: staging + "/parts", withIntermediateDirectories: true)
    let lock = try DirectoryLock(directory: staging, fileName: RenderFolder.markerName)
    let document = directory + "/doc.txt"
    try "1. Hello there.\n".write(toFile: document, atomically: true, encoding: .utf8)
    let namespace =
      geteuid() == 0
      ? "unshare --pid --fork" : "unshare --user --map-root-user --pid --fork"
    let result = try LecternProcess.run(
      ["render", document, "--output", directory + "/out", "--no-cache", "--quiet"],
      shellPrefix: "exec \(namespace) /bin/sh -c 'shift; exec \"$@\"' sh")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: staging + "/parts"))
    _ = consume lock
  }

  /// Item 8: two documents of one name, and a name Lectern keeps for itself, are usage
  /// errors found before anything is written.
  @Test(
    arguments: [
      (["a/x.txt", "b/x.txt"], "a/x.txt and "), ([".lectern.lock.txt"], "starts with a dot"),
    ])
  func collidingAndReservedNamesAreUsageErrors(files: [String], message: String) throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for file in files {
      let path = directory + "/" + file
      try FileManager.default.createDirectory(
        atPath: FileSystem.split(path).directory, withIntermediateDirectories: true)
      try "1. Hello.\n".write(toFile: path, atomically: true, encoding: .utf8)
    }
    let result = try LecternProcess.run(
      ["render"] + files.map { directory + "/" + $0 } + ["--output", directory + "/out"])
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: directory + "/out"))
  }
}
