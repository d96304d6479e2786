import LecternSystem
import Testing

@testable import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `body` with a fresh empty folder under the system's temporary folder, removed after.
func withTemporaryDirectory<R>(_ body: (String) throws -> R) throws -> R {
  var template = Array("/tmp/lectern-audio-test-XXXXXX".utf8CString)
  let created = template.withUnsafeMutableBufferPointer { buffer in
    buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
  }
  let directory = try #require(created, "mkdtemp failed: errno \(errno)")
  defer { FileSystem.removeTree(directory) }
  return try body(directory)
}

/// `frames` frames of a 440 Hz tone at 22 050 Hz, mono, with a little deterministic noise so
/// that lossy codecs have something to encode.
func testTone(frames: Int, seed: UInt64 = 1) -> [Int16] {
  var state = seed
  return (0..<frames).map { index in
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let noise = Double(Int64(bitPattern: state >> 1) % 2_000) - 1_000
    let tone = 8_000 * sin(2 * Double.pi * 440 * Double(index) / 22_050)
    return Int16(tone + noise)
  }
}

/// The rate tests write `format` at: Opus only at 48 kHz (libsndfile 1.2.0 refuses
/// 22 050 Hz), every other format at the engine's 22 050 Hz.
func testRate(_ format: AudioFormat) -> Int { format == .opus ? 48_000 : 22_050 }

/// Pseudo-random full-scale samples: incompressible, for filling files fast.
func testNoise(frames: Int, seed: UInt64 = 7) -> [Int16] {
  var state = seed
  return (0..<frames).map { _ in
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int16(truncatingIfNeeded: state >> 33)
  }
}

/// The bytes of the file at `path`, or `nil` if it cannot be read.
func fileBytes(_ path: String) -> [UInt8]? {
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
func fileSize(_ path: String) -> Int? {
  var status = stat()
  return stat(path, &status) == 0 ? Int(status.st_size) : nil
}

/// How a forked child ended.
enum ChildOutcome: Equatable {
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
/// exists in the child, so callers warm up the code paths the child
/// runs (in the parent) first; the deadline turns a rare deadlock into a failure, not a hang.
func runInChild(deadline seconds: Int = 60, _ body: () -> Int32) -> ChildOutcome {
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
func eventually(within seconds: Double = 5, _ attempt: () -> Bool) -> Bool {
  let clock = ContinuousClock()
  let deadline = clock.now.advanced(by: .milliseconds(Int(seconds * 1_000)))
  while clock.now < deadline {
    if attempt() { return true }
    usleep(10_000)
  }
  return attempt()
}
