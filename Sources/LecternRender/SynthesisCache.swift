import Foundation
import LecternSpeech
import LecternSystem

/// Synthesized parts on disk, keyed by a content hash of what was synthesized.
///
/// An entry is the ``SpeechArchive`` a synthesis child wrote for one part. Its key covers
/// everything the audio depends on — the calls (text, voice settings, options), the calls
/// replaced by silence, the engine version and the sample rate — so an entry is reused only
/// when the same audio would come out again. The key is stored in the entry and checked when
/// it is read, with the checksum, the lengths, the file type and its size (`fstat` before
/// reading, `O_NONBLOCK`): an entry that fails any check is deleted and synthesized anew.
/// Beside a part's speech, the cache keeps the part mastered (``MasteredArchive``), under the
/// same size cap.
public struct SynthesisCache: Sendable {
  /// The cache folder.
  public let directory: String
  /// The most bytes the folder may hold after a render; the least recently used entries go.
  public let sizeLimit: Int

  /// The default size cap: 1 GiB, about 6 hours of 22 050 Hz audio.
  public static let defaultSizeLimit = 1 << 30
  /// The extension of an entry.
  static let entryExtension = ".lspeech"

  /// Creates a cache in `directory`, creating the folder when it is first written.
  public init(directory: String, sizeLimit: Int = SynthesisCache.defaultSizeLimit) {
    self.directory = directory
    self.sizeLimit = sizeLimit
  }

  /// The size cap `$LECTERN_CACHE_SIZE` sets (``bytes(_:)``'s form), else the default; `nil`
  /// when the variable is set to something that is not a size, for the caller to warn about.
  public static func sizeLimit(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Int? {
    guard let text = environment[sizeVariable], !text.isEmpty else { return defaultSizeLimit }
    return bytes(text)
  }

  /// The environment variable that sets the size cap.
  public static let sizeVariable = "LECTERN_CACHE_SIZE"

  /// `512`, `300K`, `1.5G` … in bytes (powers of 1,024), or `nil`.
  public static func bytes(_ text: String) -> Int? {
    let units: [Character: Double] = [
      "K": 0x400, "M": 0x10_0000, "G": 0x4000_0000, "T": 0x100_0000_0000,
    ]
    var number = Substring(text)
    var scale = 1.0
    if let last = number.last?.uppercased().first, let unit = units[last] {
      scale = unit
      number = number.dropLast()
    }
    // Past 2^62 bytes a cap means "no cap"; the bound keeps the conversion to Int exact.
    guard let value = Double(number), value >= 0, value.isFinite else { return nil }
    return Int(min(value * scale, 0x1p62))
  }

  /// `$LECTERN_CACHE_DIR`, else `$XDG_CACHE_HOME/lectern`, else `~/.cache/lectern`.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let explicit = environment["LECTERN_CACHE_DIR"], !explicit.isEmpty { return explicit }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/lectern" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()
    return home + "/.cache/lectern"
  }

  /// Checks that the cache can be used: its folder exists or can be created, is a folder,
  /// and a file can be created in it. A cache that cannot is not fatal: the caller warns
  /// once and renders without it.
  ///
  /// - Throws: ``SystemError`` saying why not.
  public func checkUsable() throws(SystemError) {
    try FileSystem.makeDirectories(directory)
    let probe = TemporaryName.path(beside: directory + "/probe")
    try AtomicFile.writeNewFile([], at: probe, syncing: false)
    FileSystem.removeTree(probe)
  }

  /// The key of a part's synthesis: a SHA-256 over everything its audio depends on.
  public static func key(
    for calls: [SynthesisCall], skipping: Set<Int>, engine: String, sampleRate: Int
  ) -> String {
    var hash = SHA256()
    // Bump the first line when the archive format or the call semantics change (v3: each
    // clause piece from a fresh engine state). A piece's key is the key of a part of that
    // one call, which is the same speech.
    hash.update("lectern-part-v3\n\(engine)\n\(sampleRate)\n\(skipping.sorted())\n")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    for call in calls {
      // Encoding plain value types cannot fail; an empty line would still keep keys distinct.
      hash.update((try? encoder.encode(call)) ?? Data())
      hash.update("\n")
    }
    return hash.finalizeHex()
  }

  /// Where the entry for `key` lives (two-level fan-out keeps folders small).
  public func path(forKey key: String) -> String {
    "\(directory)/\(key.prefix(2))/\(key)\(Self.entryExtension)"
  }

  /// Whether an entry for `key` exists (not yet verified).
  public func contains(key: String) -> Bool {
    FileSystem.status(path(forKey: key)) != nil
  }

  /// Creates the folder for `key`'s entry.
  public func prepare(key: String) throws(SystemError) {
    try FileSystem.makeDirectories("\(directory)/\(key.prefix(2))")
  }

  /// The speeches of the valid entry for `key`, key and checksum verified; `nil` when there
  /// is none, and an invalid one (corrupt, truncated, made for another key, not a regular
  /// file, too large) is removed.
  public func entry(forKey key: String) -> [Speech]? {
    let path = path(forKey: key)
    guard FileSystem.exists(path) else { return nil }
    do throws(SpeechError) {
      let speeches = try SpeechArchive.read(path, key: key)
      // Touch the entry so that pruning removes the least recently used first.
      FileSystem.touch(path)
      return speeches
    } catch {
      FileSystem.removeTree(path)
      return nil
    }
  }

  /// Whether `name` is an entry: a part's speech, or a part mastered (``MasteredArchive``).
  static func isEntry(_ name: String) -> Bool {
    name.hasSuffix(entryExtension) || name.hasSuffix(MasteredArchive.entryExtension)
  }

  /// Removes temporaries that dead workers left, then the least recently used entries until
  /// the folder holds at most `sizeLimit` bytes. Returns how many entries were removed.
  @discardableResult
  public func prune() -> Int {
    // A first pass only adds sizes: a cache within its cap, the usual case, costs a render
    // no memory per entry (listing 22,000 entries raised a render's peak by 5 MiB).
    var total = 0
    forEachEntry(removingStale: true) { _, size, _ in total += size }
    guard total > sizeLimit else { return 0 }
    var entries: [(path: String, size: Int, used: Double)] = []
    forEachEntry(removingStale: false) { entries.append(($0, $1, $2)) }
    total = entries.reduce(0) { $0 + $1.size }
    var removed = 0
    for entry in entries.sorted(by: { ($0.used, $0.path) < ($1.used, $1.path) })
    where total > sizeLimit {
      if FileSystem.removeTree(entry.path) {
        total -= entry.size
        removed += 1
      }
    }
    return removed
  }

  /// Calls `body` with the path, size and modification time of every entry, after removing
  /// the temporaries of dead workers from each folder when `removingStale`.
  private func forEachEntry(
    removingStale: Bool, _ body: (_ path: String, _ size: Int, _ used: Double) -> Void
  ) {
    for folder in FileSystem.entries(of: directory) ?? [] where folder.count == 2 {
      let folderPath = "\(directory)/\(folder)"
      if removingStale { TemporaryName.removeStale(in: folderPath) }
      for name in FileSystem.entries(of: folderPath) ?? []
      where Self.isEntry(name) && !name.hasPrefix(".") {
        let path = "\(folderPath)/\(name)"
        guard let status = FileSystem.status(path) else { continue }
        body(path, status.size, status.modified)
      }
    }
  }
}
