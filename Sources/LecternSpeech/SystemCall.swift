#if canImport(Glibc)
  import Glibc
#endif

/// The text of an `errno` value.
///
/// The corresponding C function is `strerror`; callers are single-threaded (the pool's
/// parent, or a forked child), so its shared buffer is not raced.
func systemMessage(_ code: Int32) -> String {
  guard let text = strerror(code) else { return "errno \(code)" }
  return "\(String(cString: text)) (errno \(code))"
}

/// Small `errno`-checked wrappers around the POSIX calls the pool and the archive need.
enum SystemCall {
  /// Writes all of `bytes` to `descriptor`, retrying on `EINTR` and short writes.
  static func writeAll(
    _ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, subject: String
  ) throws(SpeechError) {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw SpeechError.system("write", subject: subject, errno: errno, exitStatus: .ioError)
      }
      offset += written
    }
  }

  /// Writes all of `bytes` to `descriptor`.
  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], subject: String) throws(SpeechError) {
    let result = bytes.withUnsafeBytes { raw -> Result<Void, SpeechError> in
      do throws(SpeechError) {
        try writeAll(descriptor, raw, subject: subject)
        return .success(())
      } catch { return .failure(error) }
    }
    try result.get()
  }

  /// Reads `descriptor` to its end.
  static func readAll(_ descriptor: Int32, subject: String) throws(SpeechError) -> [UInt8] {
    // Read straight into a buffer of the file's size: no chunk copies, no regrowth.
    var status = stat()
    let expected = fstat(descriptor, &status) == 0 ? max(0, Int(status.st_size)) : 0
    // One byte more than the file's size, so that the read that finds the end needs no room.
    var result = [UInt8](repeating: 0, count: max(expected + 1, 1 << 12))
    var filled = 0
    while true {
      if filled == result.count { result += [UInt8](repeating: 0, count: result.count) }
      let count = result.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress.map { $0 + filled }, $0.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw SpeechError.system("read", subject: subject, errno: errno, exitStatus: .ioError)
      }
      if count == 0 {
        result.removeLast(result.count - filled)
        return result
      }
      filled += count
    }
  }

  /// Reads what is available on `descriptor` (one `read`); `nil` at end of file.
  static func readSome(_ descriptor: Int32) -> [UInt8]? {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      // A read error on a pipe means the same as its end: the child is gone.
      if count <= 0 { return nil }
      return Array(chunk[0..<count])
    }
  }

  /// Creates a pipe whose ends close on `exec`; returns (read end, write end).
  static func pipe() throws(SpeechError) -> (read: Int32, write: Int32) {
    var ends: [Int32] = [-1, -1]
    if Glibc.pipe(&ends) != 0 { throw SpeechError.system("pipe", errno: errno) }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return (ends[0], ends[1])
  }

  /// Creates two pipes, or none: if the second fails, the first is closed again.
  static func twoPipes() throws(SpeechError) -> (
    (read: Int32, write: Int32), (read: Int32, write: Int32)
  ) {
    let first = try pipe()
    do throws(SpeechError) {
      return (first, try pipe())
    } catch {
      close(first.read)
      close(first.write)
      throw error
    }
  }
}
