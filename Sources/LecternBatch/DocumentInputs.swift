import LecternText

/// One document of a batch: where it is read from and the name its outputs take.
public struct BatchDocument: Sendable, Hashable {
  /// The path as given (on the command line, in a list, or found in a folder).
  public var source: String
  /// Its name: the file stem, which names its output folder `DIR/NAME/`.
  public var name: String
  /// Its expected audio length, in words (see ``WordCount``); set by ``DocumentInputs/weigh(_:)``.
  public var words: Int

  /// A document read from `source`, not yet weighed.
  public init(source: String, words: Int = 0) {
    self.source = source
    self.name = Document.name(ofPath: source)
    self.words = words
  }
}

/// The documents of a batch, from arguments and lists: files as they are, folders walked for
/// `*.txt`, lists read one path a line (`--from-list FILE`, `-` for standard input), so that
/// 100,000 documents never meet the command line's length limit.
///
/// The result is sorted by name and does not depend on the order of the arguments, the lists
/// or the folders' listings; a path given twice counts once, and two different paths with one
/// name are refused (both would write `DIR/NAME/`).
public enum DocumentInputs {
  /// The longest line a list may hold: the longest path Linux accepts.
  public static let longestListLine = 4096

  /// Whether `path` is a folder (to be walked for `*.txt`).
  public static func isFolder(_ path: String) -> Bool { BatchFiles.kind(of: path) == .directory }

  /// Every document named by `arguments` and the lines of `lists` (`-` is standard input).
  ///
  /// - Throws: ``BatchError``: a list or folder that cannot be read (66), a list line longer
  ///   than a path can be (65, naming the line), two paths with one name (64).
  public static func collect(
    arguments: [String], lists: [String], readLine: () -> String? = { Swift.readLine() }
  ) throws(BatchError) -> [BatchDocument] {
    var paths: [String] = []
    for argument in arguments { try add(argument, to: &paths) }
    for list in lists {
      try ListFile.forEachPath(in: list, readStandardInput: readLine) {
        (path) throws(BatchError) in try add(path, to: &paths)
      }
    }
    return try unique(paths)
  }

  /// Adds `path` (a folder: the `*.txt` files under it) to `paths`.
  private static func add(_ path: String, to paths: inout [String]) throws(BatchError) {
    if BatchFiles.kind(of: path) == .directory {
      try FolderWalk.texts(under: path) { paths.append($0) }
    } else {
      // Anything else is a document: one that is missing fails its own render, in the one
      // shard that owns it, and is reported as that document's failure.
      paths.append(path)
    }
  }

  /// The documents of `paths`, each path once, sorted by name.
  private static func unique(_ paths: [String]) throws(BatchError) -> [BatchDocument] {
    var byName: [String: BatchDocument] = [:]
    for path in paths {
      let document = BatchDocument(source: path)
      if let other = byName[document.name] {
        guard Self.samePath(other.source, path) else {
          throw BatchError(
            "\(other.source) and \(path) are both named \(document.name): "
              + "rename one (each document writes DIR/NAME/)")
        }
        continue
      }
      byName[document.name] = document
    }
    return byName.values.sorted { $0.name < $1.name }
  }

  /// Whether two spellings name one file (`a/x.txt`, `./a/x.txt`, `a//x.txt`).
  static func samePath(_ first: String, _ second: String) -> Bool {
    normalized(first) == normalized(second)
  }

  private static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    let parts = path.split(separator: "/").filter { $0 != "." }
    return (absolute ? "/" : "") + parts.joined(separator: "/")
  }

  /// Sets every document's ``BatchDocument/words``, reading each file once in chunks.
  public static func weigh(_ documents: [BatchDocument]) -> [BatchDocument] {
    documents.map { document in
      var weighed = document
      weighed.words = WordCount.of(file: document.source)
      return weighed
    }
  }
}
