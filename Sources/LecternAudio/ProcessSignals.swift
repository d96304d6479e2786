#if canImport(Glibc)
  import Glibc
#endif

/// Process-wide signal settings the audio layer depends on.
public enum ProcessSignals {
  /// Ignores `SIGXFSZ`, so that a write past a file-size limit (`ulimit -f`) fails with
  /// `EFBIG` (reported as an ``AudioError`` with exit status `EX_IOERR`) instead of killing
  /// the process. The speech engine's initialization truncates a 64 MiB buffer, so call this
  /// first thing at start-up, before any other library is initialized.
  ///
  /// The corresponding C call is `signal(SIGXFSZ, SIG_IGN)`. Ignored dispositions survive
  /// `fork` and `exec`, so children inherit it.
  public static func ignoreFileSizeLimitSignal() {
    _ = signal(SIGXFSZ, SIG_IGN)
  }
}
