import LecternSystem

/// One end of a pipe that carries ``PoolMessage`` records, with the bytes of a record that
/// has not fully arrived yet.
final class MessageChannel {
  /// The pipe end; `nil` once closed.
  private(set) var descriptor: Descriptor?
  private var pending: [UInt8] = []

  init(_ descriptor: consuming Descriptor) {
    self.descriptor = consume descriptor
  }

  /// The raw descriptor, -1 once closed.
  var number: Int32 { descriptor?.number ?? -1 }

  /// Whether the channel is still open.
  var isOpen: Bool { descriptor != nil }

  /// Reads what is available (after `poll` said so) and returns the complete messages; at
  /// the end of the pipe (or a read error, which means the same: the other side is gone)
  /// closes the channel.
  func receive() -> [PoolMessage] {
    guard let bytes = try? descriptor?.readSome() else {
      close()
      return []
    }
    pending += bytes
    return PoolMessage.take(from: &pending)
  }

  /// Writes `messages`.
  func send(_ messages: [PoolMessage]) throws(SystemError) {
    guard descriptor != nil else {
      throw SystemError(
        "write", subject: "closed pipe", errno: .badFileDescriptor, exitStatus: .software)
    }
    var bytes: [UInt8] = []
    for message in messages { bytes += message.encoded }
    try descriptor?.write(bytes)
  }

  /// Closes the pipe end.
  func close() { descriptor = nil }
}
