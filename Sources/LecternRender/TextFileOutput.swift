import Foundation
import LecternSystem

/// A new text file in a render's staging folder, written piece by piece through a buffer, so
/// that a file as long as the document never has to exist whole in memory.
///
/// The file is created with `O_EXCL` (never through a link, never over a file); every
/// failure is a ``SystemError`` naming the path the file will have once the render is
/// committed. A file dropped before ``close()`` is left for the staging folder's removal.
final class TextFileOutput {
  /// Bytes gathered before one `write`.
  static let bufferSize = 1 << 16

  /// The path the file is written at (inside the staging folder).
  let path: String
  /// The path it will have once committed, named in errors.
  let published: String
  private var file: Descriptor?
  private var buffer: [UInt8] = []

  /// Creates `path`, which must not exist; `published` is what errors call it.
  init(path: String, published: String) throws(SystemError) {
    self.path = path
    self.published = published
    do {
      file = try Descriptor.createNew(path, permissions: 0o666)
    } catch {
      throw error.reporting(path, as: published)
    }
    buffer.reserveCapacity(Self.bufferSize)
  }

  /// Creates `relative` (`manifest.json`) in `output`'s staging folder.
  convenience init(_ relative: String, in output: StagedOutput) throws(SystemError) {
    let path = output.path(relative)
    try self.init(path: path, published: output.published(path))
  }

  /// Appends `text` as UTF-8.
  func write(_ text: String) throws(SystemError) { try write(text.utf8) }

  /// Appends `bytes`, writing the buffer out once it holds ``bufferSize`` bytes or more.
  func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(SystemError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.bufferSize { try flush() }
  }

  /// Writes what is buffered and closes the file, reporting a failure of either.
  func close() throws(SystemError) {
    try flush()
    guard let open = file.take() else { return }
    do {
      try open.close()
    } catch {
      throw error.reporting(path, as: published)
    }
  }

  private func flush() throws(SystemError) {
    guard !buffer.isEmpty else { return }
    do {
      try file?.write(buffer)
    } catch {
      throw error.reporting(path, as: published)
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Reads a file written earlier in the render back in pieces of a fixed size (the last one
/// shorter), for outputs that embed another output (the listening page embeds the manifest
/// and the captions).
struct ChunkedFileReader: ~Copyable {
  private let file: Descriptor
  /// The path it will have once committed, named in errors.
  let published: String

  /// Opens `path` for reading; only a regular file (`O_NONBLOCK`: a FIFO is refused, never
  /// waited for).
  ///
  /// The corresponding C functions are `open` and `fstat`.
  init(path: String, published: String) throws(SystemError) {
    file = try Self.open(path, published: published)
    self.published = published
  }

  private static func open(_ path: String, published: String) throws(SystemError) -> Descriptor {
    do throws(SystemError) {
      let file = try Descriptor.open(path, O_RDONLY | O_NONBLOCK, failureStatus: .ioError)
      guard try file.status().kind == .regular else {
        throw SystemError(
          "fstat", subject: path, reason: "not a regular file", exitStatus: .ioError)
      }
      return file
    } catch {
      throw error.reporting(path, as: published)
    }
  }

  /// Calls `body` with consecutive pieces of exactly `size` bytes (the last may be shorter,
  /// never empty) until the end of the file.
  func forEachChunk(
    of size: Int, _ body: (ArraySlice<UInt8>) throws(SystemError) -> Void
  ) throws(SystemError) {
    var chunk: [UInt8] = []
    chunk.reserveCapacity(size)
    while true {
      let piece: [UInt8]?
      do {
        piece = try file.readSome(limit: size - chunk.count)
      } catch {
        throw error.reporting(file.subject, as: published)
      }
      if let piece { chunk += piece }
      if chunk.count == size || (piece == nil && !chunk.isEmpty) {
        try body(chunk[...])
        chunk.removeAll(keepingCapacity: true)
      }
      if piece == nil { return }
    }
  }
}
