import Foundation
import LecternSpeech

/// Synthesized parts on disk, keyed by a content hash of what was synthesized.
///
/// An entry is the ``SpeechArchive`` a synthesis child wrote for one part. Its key covers
/// everything the audio depends on — the calls (text, voice settings, options), the calls
/// replaced by silence, the engine version and the sample rate — so an entry is reused only
/// when the same audio would come out again. Entries are validated when read (checksum,
/// lengths): a corrupt or truncated one is deleted and synthesized anew, never used.
public struct SynthesisCache: Sendable {
  /// The cache folder.
  public let directory: String
  /// The most bytes the folder may hold after a render; the least recently used entries go.
  public let sizeLimit: Int

  /// The default size cap: 1 GiB, about 6 hours of 22 050 Hz audio.
  public static let defaultSizeLimit = 1 << 30

  /// Creates a cache in `directory`, creating the folder when it is first written.
  public init(directory: String, sizeLimit: Int = SynthesisCache.defaultSizeLimit) {
    self.directory = directory
    self.sizeLimit = sizeLimit
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

  /// The key of a part's synthesis: a SHA-256 over everything its audio depends on.
  public static func key(
    for calls: [SynthesisCall], skipping: Set<Int>, engine: String, sampleRate: Int
  ) -> String {
    var hash = SHA256()
    // Bump the first line when the archive format or the call semantics change.
    hash.update("lectern-part-v1\n\(engine)\n\(sampleRate)\n\(skipping.sorted())\n")
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
    "\(directory)/\(key.prefix(2))/\(key).lspeech"
  }

  /// Creates the folder for `key`'s entry.
  public func prepare(key: String) throws(RenderError) {
    let folder = "\(directory)/\(key.prefix(2))"
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw RenderError(.cannotCreateOutput, "cannot create cache folder \(folder): \(error)")
    }
  }

  /// The speeches of the valid entry for `key`, checksum verified; `nil` when there is
  /// none, and a corrupt one is removed.
  public func entry(forKey key: String) -> [Speech]? {
    let path = path(forKey: key)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    do {
      let speeches = try SpeechArchive.read(path)
      // Touch the entry so that pruning removes the least recently used first.
      utimes(path, nil)
      return speeches
    } catch {
      try? FileManager.default.removeItem(atPath: path)
      return nil
    }
  }

  /// Removes the least recently used entries until the folder holds at most `sizeLimit`
  /// bytes. Returns how many entries were removed.
  @discardableResult
  public func prune() -> Int {
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(atPath: directory) else { return 0 }
    var entries: [(path: String, size: Int, used: Date)] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".lspeech") else { continue }
      let path = "\(directory)/\(relative)"
      guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
      let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
      let used = attributes[.modificationDate] as? Date ?? .distantPast
      entries.append((path, size, used))
    }
    var total = entries.reduce(0) { $0 + $1.size }
    var removed = 0
    for entry in entries.sorted(by: { $0.used < $1.used }) where total > sizeLimit {
      if (try? manager.removeItem(atPath: entry.path)) != nil {
        total -= entry.size
        removed += 1
      }
    }
    return removed
  }
}
