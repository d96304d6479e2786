import Glibc
import LecternSupport
import SystemPackage

/// Reading a whole file whose size Lectern bounds: voice profiles, `languages.conf`,
/// lexicons, cache entries, documents.
///
/// The file is opened with `O_NONBLOCK` (a FIFO or a device never blocks the open or the
/// read), checked to be a regular file, and its size is checked with `fstat` before a single
/// byte is read, so a 2 GB file costs nothing but the refusal.
public enum BoundedFile {
  /// Why a file was not read.
  public enum Refusal: Error, Sendable, Hashable {
    /// Opening or reading failed.
    case system(SystemError)
    /// It is not a regular file (a folder, a FIFO, a device, a socket).
    case notRegular(FileStatus.Kind)
    /// It is larger than the limit.
    case tooLarge(size: Int, limit: Int)
  }

  /// The bytes of the regular file at `path`, at most `limit` of them.
  ///
  /// The corresponding C functions are `open` (`O_NONBLOCK`), `fstat` and `read`.
  public static func read(_ path: String, limit: Int) -> Result<[UInt8], Refusal> {
    do throws(Refusal) {
      let file = try opening(path)
      return .success(try read(file, limit: limit))
    } catch {
      return .failure(error)
    }
  }

  private static func opening(_ path: String) throws(Refusal) -> Descriptor {
    do throws(SystemError) {
      return try Descriptor.open(path, O_RDONLY | O_NONBLOCK, failureStatus: .noInput)
    } catch {
      throw .system(error)
    }
  }

  /// The bytes of the open `file`, at most `limit` of them.
  public static func read(_ file: borrowing Descriptor, limit: Int) throws(Refusal) -> [UInt8] {
    let status = try system { () throws(SystemError) in try file.status() }
    guard status.kind == .regular else { throw .notRegular(status.kind) }
    guard status.size <= limit else { throw .tooLarge(size: status.size, limit: limit) }
    // One byte more than its size, so that the read that finds the end needs no room; a
    // file that grows meanwhile is read to the limit and refused.
    var bytes = [UInt8](repeating: 0, count: status.size + 1)
    var filled = 0
    while true {
      let count = try system { () throws(SystemError) in
        try bytes.withUnsafeMutableBytes { buffer in
          Result { () throws(SystemError) in
            try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
          }
        }.get()
      }
      if count == 0 { break }
      filled += count
      if filled == bytes.count {
        guard filled <= limit else { throw .tooLarge(size: filled, limit: limit) }
        bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - filled))
      }
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }

  private static func system<T>(_ body: () throws(SystemError) -> T) throws(Refusal) -> T {
    do throws(SystemError) { return try body() } catch { throw .system(error) }
  }
}

extension BoundedFile.Refusal: CustomStringConvertible {
  /// What was refused, without the path (callers name it).
  public var description: String {
    switch self {
    case .system(let error): "\(error.call) failed: \(error.reason)"
    case .notRegular(let kind): "not a regular file (\(kind))"
    case .tooLarge(let size, let limit):
      "\(ByteCount(size)) is larger than the limit of \(ByteCount(limit))"
    }
  }
}

/// A byte count as people read it: `4 MiB`, `1.5 GiB`, `812 bytes`.
public struct ByteCount: CustomStringConvertible, Sendable {
  /// The count.
  public var bytes: Int

  /// Wraps `bytes`.
  public init(_ bytes: Int) { self.bytes = bytes }

  /// `4 MiB`, `1.5 GiB`, `812 bytes`.
  public var description: String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    if unit == 0 { return "\(bytes) bytes" }
    let rounded = (value * 10).rounded() / 10
    let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    return "\(text) \(units[unit])"
  }
}
