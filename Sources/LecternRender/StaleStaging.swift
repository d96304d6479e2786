import LecternSystem

/// Removes what killed renders left in an output folder: staging folders, and previous
/// renders set aside while being replaced.
///
/// Staleness is decided by the staging folder's own lock (its ``RenderFolder/markerName``
/// file, `flock`ed by its render from creation to the end), never by a process id: a render
/// in another PID namespace, or whose id was reused, is seen as what it is. Only folders with
/// a temporary's name and Lectern's marker are removed (and empty ones, which a render killed
/// right after creating one leaves); a user's file with such a name is never touched. Called
/// with the output folder's lock held, so that no render of that folder is between creating
/// a staging folder and locking it.
enum StaleStaging {
  /// Removes the stale staging folders in `root` (only `document`'s, when given); returns
  /// their paths.
  ///
  /// A shard of a batch passes its `document`: other shards, maybe on other machines, write
  /// other documents into `root` meanwhile without the folder's lock, so their staging folders
  /// may be between creation and lock; no one but this shard writes `document`'s.
  @discardableResult
  static func remove(in root: String, document: String? = nil) -> [String] {
    let prefix = document.map { ".\($0)\(TemporaryName.marker)" } ?? ""
    var removed: [String] = []
    for name in FileSystem.entries(of: root) ?? []
    where name.hasPrefix(prefix) && TemporaryName.writer(of: name) != nil {
      let path = root + "/" + name
      guard FileSystem.isDirectory(path), let entries = FileSystem.entries(of: path) else {
        continue
      }
      if entries.isEmpty {
        if FileSystem.removeEmptyDirectory(path) { removed.append(path) }
        continue
      }
      guard FileSystem.isRegularFile(path + "/" + RenderFolder.markerName),
        let lock = try? DirectoryLock(directory: path, fileName: RenderFolder.markerName)
      else { continue }  // not Lectern's, or its render is alive
      if FileSystem.removeTree(path) { removed.append(path) }
      _ = consume lock
    }
    return removed.sorted()
  }
}
