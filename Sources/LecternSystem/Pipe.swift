import CLecternSystem
import Glibc

/// A pipe's two owned ends, both closing on `exec`.
@frozen
public struct Pipe: ~Copyable {
  /// The end to read from.
  public var reading: Descriptor
  /// The end to write to.
  public var writing: Descriptor

  /// Creates a pipe named `subject` in messages.
  ///
  /// The corresponding C function is `pipe2` (`O_CLOEXEC`, set atomically).
  public init(subject: String) throws(SystemError) {
    var ends: [Int32] = [-1, -1]
    try SystemCall.run("pipe2", subject: subject, failureStatus: .osError) {
      lectern_pipe_cloexec(&ends)
    }
    reading = Descriptor(taking: .init(rawValue: ends[0]), subject: subject)
    writing = Descriptor(taking: .init(rawValue: ends[1]), subject: subject)
  }
}
