/// The documents under a folder: every `*.txt` file, at any depth.
///
/// Hidden files and folders (a name starting with `.`, such as Lectern's own staging folders
/// or a `.git`) are skipped, and a symbolic link to a folder is not followed, so that a link
/// loop cannot make the walk endless; a link to a file is a document. Memory holds one
/// folder's listing per level, never the whole tree.
enum FolderWalk {
  /// Calls `found` with the path of every `*.txt` file under `folder`.
  ///
  /// - Throws: ``BatchError`` (66) naming a folder that cannot be listed.
  static func texts(under folder: String, _ found: (String) -> Void) throws(BatchError) {
    let names = try BatchFiles.entries(of: folder).get()
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names where !name.hasPrefix(".") {
      let path = prefix + name
      if BatchFiles.isRealDirectory(path) {
        try texts(under: path, found)
      } else if name.hasSuffix(".txt"), BatchFiles.kind(of: path) == .regular {
        found(path)
      }
    }
  }
}
