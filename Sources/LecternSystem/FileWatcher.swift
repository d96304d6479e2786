import Glibc
import LecternSupport
import SystemPackage

/// Changes to the files of watched folders, from the kernel (`inotify`), read without blocking.
///
/// A folder is watched rather than a file, so that every way an editor saves is seen: written
/// in place (``Event/Kind/written`` when the writer closes it), or written under another name
/// and renamed over the original (``Event/Kind/movedIn``: an atomic replace, which leaves a
/// watch on the old file's inode watching a file that no longer has the name).
///
/// Owns its descriptor (closed when dropped); ``descriptor`` is for `poll` alongside other
/// descriptors. Reads go through ``SystemCall``'s `EINTR` policy.
public struct FileWatcher: ~Copyable {
  /// One change in a watched folder.
  public struct Event: Sendable, Hashable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
      /// A file opened for writing was closed: a save in place is complete.
      case written
      /// A file was renamed into the folder (or within it): an atomic replace is complete.
      case movedIn
      /// A file was created (its content follows, ending with ``written``).
      case created
      /// A file was removed, or renamed out of the folder.
      case removed
      /// The watched folder itself was removed or renamed: nothing more will come from it.
      case folderGone
      /// The kernel's queue overflowed and events were lost: anything may have changed.
      case overflow
    }

    /// The watched folder, as given to ``watch(folder:)``; empty for ``Kind/overflow``.
    public var folder: String
    /// The file's name in it; empty for events of the folder itself.
    public var name: String
    /// What happened.
    public var kind: Kind

    /// Creates an event.
    public init(folder: String, name: String, kind: Kind) {
      self.folder = folder
      self.name = name
      self.kind = kind
    }
  }

  private let file: Descriptor
  /// Watch descriptor → the folder it watches.
  private var folders: [Int32: String] = [:]

  /// The events a folder watch asks for.
  private static let mask =
    UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
    | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

  /// Starts an `inotify` instance (non-blocking, closed on `exec`).
  ///
  /// The corresponding C function is `inotify_init1`.
  ///
  /// - Throws: ``SystemError`` (exit 71) when the system refuses one (the per-user limit).
  public init() throws(SystemError) {
    let number = try SystemCall.run("inotify_init1", failureStatus: .osError) {
      inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    }
    file = Descriptor(taking: FileDescriptor(rawValue: number), subject: "file watcher")
  }

  /// The descriptor to `poll` for readability: readable when events are waiting.
  public var descriptor: Int32 { file.number }

  /// Watches the files of `folder` (not its subfolders). Watching a folder twice is harmless.
  ///
  /// The corresponding C function is `inotify_add_watch`.
  ///
  /// - Throws: ``SystemError`` naming the folder: missing (66), not a folder, or the system's
  ///   limit of watches reached (71).
  public mutating func watch(folder: String) throws(SystemError) {
    let result = SystemCall.attempt { inotify_add_watch(file.number, folder, Self.mask) }
    switch result {
    case .success(let handle):
      folders[handle] = folder
    case .failure(let code):
      let status: ExitStatus =
        code == .noSuchFileOrDirectory || code == .notDirectory ? .noInput : .osError
      throw SystemError("inotify_add_watch", subject: folder, errno: code, exitStatus: status)
    }
  }

  /// Every event waiting now, in order; empty when there is none (it never blocks).
  ///
  /// The corresponding C function is `read`.
  ///
  /// - Throws: ``SystemError`` when the descriptor cannot be read, or an interruption.
  public mutating func events() throws(SystemError) -> [Event] {
    var events: [Event] = []
    var buffer = [UInt8](repeating: 0, count: 64 << 10)
    while true {
      let result = buffer.withUnsafeMutableBytes { raw in
        SystemCall.attempt { Glibc.read(file.number, raw.baseAddress, raw.count) }
      }
      switch result {
      case .success(let count) where count > 0:
        events += parse(buffer[..<count])
      case .success, .failure(.wouldBlock):
        return events
      case .failure(let code):
        let status: ExitStatus = code == .interrupted ? .interrupted : .ioError
        throw SystemError("read", subject: "file watcher", errno: code, exitStatus: status)
      }
    }
  }

  /// The events of one `read`: a header (`struct inotify_event`) and a padded name each.
  private mutating func parse(_ bytes: ArraySlice<UInt8>) -> [Event] {
    let header = MemoryLayout<inotify_event>.size
    var events: [Event] = []
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset + header <= raw.count {
        let handle = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
        let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
        let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
        let nameBytes = raw[(offset + header)..<min(raw.count, offset + header + length)]
        let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
        offset += header + length
        if let event = event(handle: handle, mask: mask, name: name) { events.append(event) }
      }
    }
    return events
  }

  /// What one raw event means, if anything a watcher acts on.
  private mutating func event(handle: Int32, mask: UInt32, name: String) -> Event? {
    if mask & UInt32(IN_Q_OVERFLOW) != 0 { return Event(folder: "", name: "", kind: .overflow) }
    guard let folder = folders[handle] else { return nil }
    if mask & UInt32(IN_IGNORED) != 0 {
      folders[handle] = nil  // the kernel dropped the watch: its folder is gone
      return Event(folder: folder, name: "", kind: .folderGone)
    }
    let kinds: [(Int32, Event.Kind)] = [
      (IN_DELETE_SELF | IN_MOVE_SELF, .folderGone), (IN_CLOSE_WRITE, .written),
      (IN_MOVED_TO, .movedIn), (IN_CREATE, .created), (IN_DELETE | IN_MOVED_FROM, .removed),
    ]
    guard let kind = kinds.first(where: { mask & UInt32($0.0) != 0 })?.1 else { return nil }
    return Event(folder: folder, name: name, kind: kind)
  }
}
