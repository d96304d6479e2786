import Glibc

/// Waiting for several descriptors at once.
public enum Poll {
  /// Waits until at least one of `descriptors` is readable or at its end, and returns those
  /// that are. An empty result means a signal interrupted the wait (the caller checks its
  /// state and waits again); an unpollable set returns all of them, so that reading them
  /// finds the failure.
  ///
  /// The corresponding C function is `poll`.
  public static func readable(_ descriptors: [Int32]) -> [Int32] {
    guard !descriptors.isEmpty else { return [] }
    var entries = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    let ready = poll(&entries, nfds_t(entries.count), -1)
    if ready < 0 { return Glibc.errno == EINTR ? [] : descriptors }
    return entries.filter { $0.revents != 0 }.map(\.fd)
  }
}
