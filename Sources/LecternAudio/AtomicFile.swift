#if canImport(Glibc)
  import Glibc
#endif

/// Output that appears whole or not at all.
///
/// Content is written to a temporary path in the destination's own folder
/// (`.NAME.lectern-tmp-PID-RANDOM`, same file system, so `rename(2)` is atomic), synced, and
/// renamed over the destination only after it is complete. If writing throws, the temporary
/// is removed and an existing file at the destination is left untouched. A process killed
/// half-way leaves a temporary that ``removeStaleTemporaries(in:)`` recognises by its dead
/// process id.
public enum AtomicFile {
  /// The part of a temporary's name that marks it as Lectern's.
  static let marker = ".lectern-tmp-"

  /// Runs `body` with a temporary path, then moves what `body` created there (a file, or a
  /// folder) to `path`.
  ///
  /// `body` must create the temporary itself (for instance with ``SoundFileWriter``) and
  /// finish it (close the writer) before returning. If `body` throws, its error is rethrown
  /// after the temporary is removed; an ``AudioError`` about the temporary is rethrown naming
  /// `path` instead, the file a user knows. Replacing an existing folder is done by moving
  /// the old one aside first, so only files are replaced in a single atomic step.
  ///
  /// The corresponding C functions are `fsync` and `rename`.
  @discardableResult
  public static func write<Result>(
    to path: String, _ body: (_ temporaryPath: String) throws -> Result
  ) throws -> Result {
    let temporary = temporaryPath(for: path)
    do {
      let result = try body(temporary)
      try commit(temporary, to: path)
      return result
    } catch var error as AudioError {
      FileSystem.removeTree(temporary)
      if error.path == temporary {
        error.path = path
      } else if error.path.hasPrefix(temporary + "/") {
        error.path = path + error.path.dropFirst(temporary.count)
      }
      throw error
    } catch {
      FileSystem.removeTree(temporary)
      throw error
    }
  }

  /// Writes a sound file atomically: opens a ``SoundFileWriter`` on a temporary beside
  /// `path`, lets `body` write the samples, closes the writer (surfacing flush errors) and
  /// renames the finished file over `path`. Returns the number of frames written.
  ///
  /// The corresponding C functions are those of ``SoundFileWriter``, then `fsync` and
  /// `rename`.
  @discardableResult
  public static func writeSound(
    to path: String, format: AudioFormat, sampleRate: Int, channels: Int = 1,
    metadata: AudioMetadata = .init(), cues: [CueMarker] = [],
    _ body: (inout SoundFileWriter) throws -> Void
  ) throws -> Int {
    try write(to: path) { temporary in
      var writer = try SoundFileWriter(
        path: temporary, format: format, sampleRate: sampleRate, channels: channels,
        metadata: metadata, cues: cues)
      try body(&writer)
      let frames = writer.framesWritten
      try writer.close()
      return frames
    }
  }

  /// Writes `bytes` to `path` atomically.
  ///
  /// The corresponding C functions are `open` (`O_CREAT | O_EXCL`), `write`, `fsync` and
  /// `rename`.
  public static func write(_ bytes: [UInt8], to path: String) throws(AudioError) {
    let temporary = temporaryPath(for: path)
    do throws(AudioError) {
      try writeNewFile(bytes, at: temporary, reportedAs: path)
      try commit(temporary, to: path)
    } catch {
      FileSystem.removeTree(temporary)
      throw error
    }
  }

  /// Writes `text` to `path` atomically, encoded as UTF-8.
  ///
  /// The corresponding C functions are `open` (`O_CREAT | O_EXCL`), `write`, `fsync` and
  /// `rename`.
  public static func write(_ text: String, to path: String) throws(AudioError) {
    try write(Array(text.utf8), to: path)
  }

  /// Removes the temporaries in `directory` whose writing process no longer exists, files or
  /// folders, and returns their paths. Temporaries of running processes (this one included)
  /// are kept, and names `selected` refuses. A folder that cannot be listed yields an empty
  /// list.
  public static func removeStaleTemporaries(
    in directory: String, where selected: (String) -> Bool = { _ in true }
  ) -> [String] {
    var removed: [String] = []
    for name in FileSystem.entries(of: directory) ?? [] where selected(name) {
      guard let pid = writerProcess(ofTemporaryNamed: name), pid != getpid(),
        !FileSystem.processExists(pid)
      else { continue }
      let path = directory + "/" + name
      if FileSystem.removeTree(path) { removed.append(path) }
    }
    return removed.sorted()
  }

  /// A fresh temporary path beside `path`: `.NAME.lectern-tmp-PID-RANDOM`.
  static func temporaryPath(for path: String) -> String {
    let (directory, name) = FileSystem.split(path)
    let random = String(UInt32.random(in: .min ... .max), radix: 16)
    return "\(directory)/.\(name)\(marker)\(getpid())-\(random)"
  }

  /// The process id in a temporary's name, or `nil` if `name` is not a temporary.
  static func writerProcess(ofTemporaryNamed name: String) -> pid_t? {
    guard name.hasPrefix("."), let range = name.ranges(of: marker).last else {
      return nil
    }
    let parts = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[1].isEmpty, let pid = pid_t(parts[0]), pid > 0 else {
      return nil
    }
    return pid
  }

  /// Syncs the finished temporary, renames it over `path`, then syncs the folder so that the
  /// new name survives a crash.
  private static func commit(_ temporary: String, to path: String) throws(AudioError) {
    guard FileSystem.exists(temporary) else {
      throw AudioError(
        .cannotCreate, path: path, call: "rename",
        message: "nothing was written to the temporary \(temporary)")
    }
    if let failure = FileSystem.sync(temporary) {
      throw AudioError.system(.cannotFinish, path: path, call: "fsync", errorNumber: failure)
    }
    if rename(temporary, path) != 0 {
      let failure = errno
      let bothFolders = FileSystem.isDirectory(temporary) && FileSystem.isDirectory(path)
      guard bothFolders, failure == ENOTEMPTY || failure == EEXIST else {
        throw AudioError.system(.cannotFinish, path: path, call: "rename", errorNumber: failure)
      }
      try replaceFolder(path, with: temporary)
    }
    _ = FileSystem.sync(FileSystem.split(path).directory)
  }

  /// Replaces a non-empty folder: `rename(2)` cannot, so the old one goes to a temporary name
  /// (removed by a later clean-up if this process dies now) and is deleted afterwards.
  private static func replaceFolder(_ path: String, with temporary: String) throws(AudioError) {
    let old = temporaryPath(for: path)
    guard rename(path, old) == 0 else {
      throw AudioError.system(.cannotFinish, path: path, call: "rename", errorNumber: errno)
    }
    guard rename(temporary, path) == 0 else {
      let failure = errno
      _ = rename(old, path)
      throw AudioError.system(.cannotFinish, path: path, call: "rename", errorNumber: failure)
    }
    FileSystem.removeTree(old)
  }

  /// Creates `path` (which must not exist) with `bytes`; errors name `reportedPath`.
  private static func writeNewFile(
    _ bytes: [UInt8], at path: String, reportedAs reportedPath: String
  ) throws(AudioError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw AudioError.system(.cannotCreate, path: reportedPath, call: "open", errorNumber: errno)
    }
    defer { Glibc.close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        throw AudioError.system(
          .cannotWrite, path: reportedPath, call: "write", errorNumber: count < 0 ? errno : EIO)
      }
      offset += count
    }
  }
}
