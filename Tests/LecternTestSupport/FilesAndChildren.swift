import LecternSystem

#if canImport(Glibc)
  import Glibc
#endif

// Helpers that the system and audio tests share: temporary folders, whole-file reads and
// forked children. A library target of its own, so that each test target does not carry a
// copy.

/// Why a shared test helper could not set up what a test asked for.
public struct TestSupportError: Error, CustomStringConvertible {
  /// What failed, with the C call and its errno.
  public let description: String
}

/// Runs `body` with a fresh empty folder under /tmp, removed after on every path.
public func withTemporaryDirectory<R>(_ body: (String) throws -> R) throws -> R {
  var template = Array("/tmp/lectern-test-XXXXXX".utf8CString)
  let created = template.withUnsafeMutableBufferPointer { buffer in
    buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
  }
  guard let directory = created else {
    throw TestSupportError(description: "mkdtemp failed: errno \(errno)")
  }
  defer { FileSystem.removeTree(directory) }
  return try body(directory)
}

/// The bytes of the file at `path`, or `nil` if it cannot be read.
public func fileBytes(_ path: String) -> [UInt8]? {
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  guard descriptor >= 0 else { return nil }
  defer { close(descriptor) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count < 0 && errno == EINTR { continue }
    guard count >= 0 else { return nil }
    if count == 0 { return bytes }
    bytes.append(contentsOf: chunk[..<count])
  }
}

/// The size in bytes of the file at `path`, or `nil` if it does not exist.
public func fileSize(_ path: String) -> Int? {
  var status = stat()
  return stat(path, &status) == 0 ? Int(status.st_size) : nil
}

/// How a forked child ended.
public enum ChildOutcome: Equatable, Sendable {
  /// It called `_exit` with this status.
  case exited(Int32)
  /// A signal ended it.
  case signaled(Int32)
  /// It ran past the deadline and was killed.
  case timedOut
}

/// Runs `body` in a forked child, which exits with `body`'s result, and waits at most
/// `seconds` for it.
///
/// The child closes every descriptor above standard error first. Only the forking thread
/// exists in the child, so callers warm up the code paths the child runs (in the parent)
/// first; the deadline turns a rare deadlock into a failure, not a hang.
public func runInChild(deadline seconds: Int = 60, _ body: () -> Int32) -> ChildOutcome {
  let pid = fork()
  if pid == 0 {
    // Drop descriptors inherited from tests running in parallel: a copy of another test's
    // lock file would keep its flock held for as long as this child lives.
    for descriptor in 3..<Int32(1_024) { close(descriptor) }
    _exit(body())
  }
  guard pid > 0 else { return .signaled(-1) }
  var status: Int32 = 0
  for _ in 0..<(seconds * 100) {
    if waitpid(pid, &status, WNOHANG) == pid {
      let signal = status & 0x7f
      return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
    usleep(10_000)
  }
  kill(pid, SIGKILL)
  waitpid(pid, &status, 0)
  return .timedOut
}

/// Retries `attempt` until it succeeds or `seconds` pass: children forked by tests running in
/// parallel (here or in the speech layer) may hold a copy of a lock's descriptor briefly.
public func eventually(within seconds: Double = 5, _ attempt: () -> Bool) -> Bool {
  let clock = ContinuousClock()
  let deadline = clock.now.advanced(by: .milliseconds(Int(seconds * 1_000)))
  while clock.now < deadline {
    if attempt() { return true }
    usleep(10_000)
  }
  return attempt()
}
