/// A list of documents: one path a line, as `find … -name '*.txt'` prints them. Empty lines
/// are skipped; a line's trailing carriage return is dropped; relative paths are relative to
/// the current folder, as with `xargs`.
enum ListFile {
  /// Calls `body` with each path of the list at `path` (`-`: standard input, read with
  /// `readStandardInput`), one line at a time; a pipe (`--from-list <(find …)`) is read to
  /// its end.
  ///
  /// - Throws: ``BatchError``: 66 when the list cannot be read, 65 naming `FILE:LINE` for a
  ///   line longer than any path; or what `body` throws.
  static func forEachPath(
    in path: String, readStandardInput: () -> String?,
    _ body: (String) throws(BatchError) -> Void
  ) throws(BatchError) {
    let name = path == "-" ? "standard input" : path
    var lineNumber = 0
    func take(_ text: String) throws(BatchError) {
      lineNumber += 1
      var line = Substring(text)
      if line.hasSuffix("\r") { line = line.dropLast() }
      guard !line.isEmpty else { return }
      guard line.utf8.count <= DocumentInputs.longestListLine else {
        throw BatchError(
          "\(name):\(lineNumber): a line longer than \(DocumentInputs.longestListLine) bytes "
            + "is not a path", exitStatus: .dataError)
      }
      try body(String(line))
    }
    if path == "-" {
      while let line = readStandardInput() { try take(line) }
      return
    }
    var failure: BatchError?
    let unreadable = BatchFiles.forEachLine(of: path) { line in
      do throws(BatchError) {
        try take(line)
        return true
      } catch {
        failure = error
        return false
      }
    }
    if let failure { throw failure }
    if let unreadable {
      throw BatchError("cannot read the list \(path): \(unreadable)", exitStatus: .noInput)
    }
  }
}
