import CLecternSystem
import Glibc
import LecternSupport
import SystemPackage

/// A forked child process that this value owns: reaped exactly once, by ``wait()`` (which
/// tells how it ended) or, if dropped, by its `deinit` (which waits for it too, so that no
/// zombie outlives its owner).
///
/// ## Fork safety
/// Only the forking thread exists in a child. A child may call only async-signal-safe
/// functions until it execs *unless* no other thread could hold a lock the child needs at the
/// moment of the fork. Lectern's children never exec; they run Swift code (which allocates).
/// That is sound because the processes that fork run a single thread of their own: the
/// command line is synchronous (no Dispatch, no Swift concurrency; planning's threads are
/// joined before it returns, ``JoinedThreads``), and the only other thread is the one
/// `espeak_ng_Initialize` starts for its audio output, which in synchronous mode blocks idle
/// on a condition variable and holds no lock. Everything between `fork` and the
/// child's work (signal dispositions, signal mask, `dup2`, closing inherited descriptors,
/// the time limit) runs in C, async-signal-safe calls only (`lectern_fork`).
public struct ChildProcess: ~Copyable {
  /// How a child ended.
  public enum Termination: Sendable, Hashable, CustomStringConvertible {
    /// It called `exit` or `_exit` with this status.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)

    /// `exited with status 3`, `killed by SIGABRT`.
    public var description: String {
      switch self {
      case .exited(let code): "exited with status \(code)"
      case .signaled(let signal): "killed by \(Self.name(of: signal))"
      }
    }

    /// The name of a signal, such as `SIGABRT`.
    public static func name(of signal: Int32) -> String {
      let names: [Int32: String] = [
        SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
        SIGILL: "SIGILL", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGPIPE: "SIGPIPE",
        SIGXFSZ: "SIGXFSZ", SIGXCPU: "SIGXCPU", SIGINT: "SIGINT", SIGTRAP: "SIGTRAP",
        SIGALRM: "SIGALRM (time limit)", SIGHUP: "SIGHUP", SIGQUIT: "SIGQUIT",
      ]
      return names[signal] ?? "signal \(signal)"
    }
  }

  /// The child's process id; 0 once reaped.
  public private(set) var pid: pid_t
  /// How it ended, once ``hasEnded()`` reaped it.
  private var ended: Termination?
  /// What it is, for messages (`synthesis process`, `job 7`).
  public let name: String

  /// Forks a child that keeps only `keeping` of the descriptors above 2, with `standardError`
  /// (if given) as its stderr and `timeLimit` seconds to live (0: no limit), then runs
  /// `body`, which must end the child (`_exit`).
  ///
  /// The corresponding C function is `fork` (in `lectern_fork`, which also sets up the
  /// child: see the type's discussion).
  ///
  /// - Throws: ``SystemError`` (exit 71) when the system cannot fork.
  public static func fork(
    name: String, keeping: [Int32], standardError: Int32? = nil, timeLimit: UInt32 = 0,
    _ body: () -> Never
  ) throws(SystemError) -> ChildProcess {
    let kept = keeping.sorted()
    let pid = kept.withUnsafeBufferPointer { buffer in
      var setup = lectern_child_setup(
        keep: buffer.baseAddress, keep_count: Int32(buffer.count),
        standard_error: standardError ?? -1, standard_input: -1, time_limit: timeLimit)
      return lectern_fork(&setup)
    }
    if pid == 0 { body() }
    guard pid > 0 else {
      throw SystemError(
        "fork", subject: name, errno: Errno(rawValue: Glibc.errno), exitStatus: .osError)
    }
    return ChildProcess(pid: pid, name: name)
  }

  /// Starts the program at `executable` with `arguments` (after its name) and this process's
  /// environment, with `standardInput` (if given) as its stdin and every other inherited
  /// descriptor above 2 closed. A program that cannot be executed ends with status 127.
  ///
  /// The corresponding C functions are `fork` and `execv` (in `lectern_spawn`: the window
  /// between them runs async-signal-safe calls only, so a process with other threads may
  /// spawn too).
  ///
  /// - Throws: ``SystemError`` (exit 71) when the system cannot fork.
  public static func spawn(
    name: String, executable: String, arguments: [String], standardInput: Int32? = nil
  ) throws(SystemError) -> ChildProcess {
    // Every C string is made before the fork: the child only calls execv.
    let strings = ([executable] + arguments).map { strdup($0) }
    defer { strings.forEach { free($0) } }
    let argv = strings + [nil]
    let pid = argv.withUnsafeBufferPointer { vector in
      var setup = lectern_child_setup(
        keep: nil, keep_count: 0, standard_error: -1, standard_input: standardInput ?? -1,
        time_limit: 0)
      return lectern_spawn(&setup, executable, vector.baseAddress)
    }
    guard pid > 0 else {
      throw SystemError(
        "fork", subject: name, errno: Errno(rawValue: Glibc.errno), exitStatus: .osError)
    }
    return ChildProcess(pid: pid, name: name)
  }

  private init(pid: pid_t, name: String) {
    self.pid = pid
    self.name = name
  }

  deinit { if pid > 0 { _ = Self.reap(pid) } }

  /// Waits for the child to end and tells how it did.
  ///
  /// The corresponding C function is `waitpid`, retried on `EINTR` whatever the interruption
  /// flag says: the child gets the same Ctrl-C and ends, and must not become a zombie.
  ///
  /// - Throws: ``SystemError`` when the child cannot be waited for (not ours any more).
  public consuming func wait() throws(SystemError) -> Termination {
    let pid = self.pid
    self.pid = 0
    if pid == 0, let ended { return ended }
    switch Self.reap(pid) {
    case .success(let termination): return termination
    case .failure(let code):
      throw SystemError("waitpid", subject: name, errno: code, exitStatus: .osError)
    }
  }

  /// Whether the child has ended, reaping it if so; never blocks. Once it has, ``wait()``
  /// returns at once and the `deinit` waits for nothing.
  ///
  /// The corresponding C function is `waitpid` with `WNOHANG`.
  public mutating func hasEnded() -> Bool {
    guard pid > 0 else { return true }
    var status: Int32 = 0
    switch SystemCall.attempt({ waitpid(pid, &status, WNOHANG) }) {
    case .success(0): return false
    case .success, .failure:
      ended = .exited(lectern_exit_code(status))
      if lectern_signaled(status) != 0 { ended = .signaled(lectern_term_signal(status)) }
      pid = 0
      return true
    }
  }

  /// Sends `signal` to the child.
  ///
  /// The corresponding C function is `kill`.
  public func send(_ signal: Int32) {
    // Never pid 0 (this process's group) or -1 (every process): only a child not yet reaped.
    guard pid > 0 else { return }
    _ = Glibc.kill(pid, signal)
  }

  private static func reap(_ pid: pid_t) -> Result<Termination, Errno> {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard Glibc.errno == EINTR else { return .failure(Errno(rawValue: Glibc.errno)) }
    }
    if lectern_signaled(status) != 0 { return .success(.signaled(lectern_term_signal(status))) }
    return .success(.exited(lectern_exit_code(status)))
  }
}

/// Ends the calling child process at once with `status`, skipping `atexit` handlers and the
/// stdio buffers it shares with its parent.
///
/// The corresponding C function is `_exit`.
public func exitChild(_ status: Int32) -> Never {
  _exit(status)
}
