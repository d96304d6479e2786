import Glibc

extension Descriptor {
  /// Reads up to `buffer.count` bytes at `offset`, without moving the file position; fewer
  /// only at the end of the file.
  ///
  /// The corresponding C function is `pread`.
  public func read(
    into buffer: UnsafeMutableRawBufferPointer, at offset: Int
  ) throws(SystemError) -> Int {
    var filled = 0
    while filled < buffer.count {
      let count = try SystemCall.run("pread", subject: subject, failureStatus: .ioError) {
        pread(
          number, buffer.baseAddress.map { $0 + filled }, buffer.count - filled,
          off_t(offset + filled))
      }
      if count == 0 { break }
      filled += count
    }
    return filled
  }

  /// The `count` bytes at `offset`, fewer only at the end of the file.
  public func read(count: Int, at offset: Int) throws(SystemError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    let filled = try bytes.withUnsafeMutableBytes { buffer in
      Result { () throws(SystemError) in try read(into: buffer, at: offset) }
    }.get()
    bytes.removeLast(count - filled)
    return bytes
  }

  /// Writes all of `bytes` at `offset`, without moving the file position.
  ///
  /// The corresponding C function is `pwrite`.
  public func write(_ bytes: [UInt8], at offset: Int) throws(SystemError) {
    var written = 0
    while written < bytes.count {
      written += try bytes.withUnsafeBytes { buffer in
        Result { () throws(SystemError) in
          try SystemCall.run("pwrite", subject: subject, failureStatus: .ioError) {
            pwrite(
              number, buffer.baseAddress.map { $0 + written }, buffer.count - written,
              off_t(offset + written))
          }
        }
      }.get()
    }
  }
}
