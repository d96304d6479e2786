import LecternSystem

/// Where `watch` learns that files changed: the kernel (``InotifyChanges``), or a script of
/// saves in tests (``ScriptedFileChanges``, the test double beside it).
protocol FileChangeSource: AnyObject {
  /// Reports changes to the files of `folder` from now on.
  ///
  /// - Throws: ``SystemError`` naming the folder when it cannot be watched.
  func watch(folder: String) throws

  /// The next batch of changes, waiting until there is one; `nil` when the watch is to end
  /// (Ctrl-C, `SIGTERM`, or the end of a script).
  ///
  /// - Throws: ``SystemError`` when the changes cannot be read.
  func next() throws -> [FileWatcher.Event]?
}

/// The changes the kernel reports (``FileWatcher``), waited for in `poll`, which a Ctrl-C
/// interrupts (see ``Interruption``).
final class InotifyChanges: FileChangeSource {
  private var watcher: FileWatcher

  /// Starts an `inotify` instance.
  init() throws {
    watcher = try FileWatcher()
  }

  func watch(folder: String) throws {
    try watcher.watch(folder: folder)
  }

  func next() throws -> [FileWatcher.Event]? {
    while !Interruption.requested {
      // Empty when a signal interrupted the wait: the loop's condition decides.
      guard !Poll.readable([watcher.descriptor]).isEmpty else { continue }
      do {
        let events = try watcher.events()
        if !events.isEmpty { return events }
      } catch  where error.isInterruption {
        return nil
      }
    }
    return nil
  }
}

/// The test double of ``FileChangeSource``: a script of saves. Each step makes its edit when
/// the watch asks for the next changes (so after the update of the step before has ended)
/// and hands over the events that edit would cause; past the last step the watch ends, as
/// after Ctrl-C.
final class ScriptedFileChanges: FileChangeSource {
  /// One save: what it does to the files, and the events the kernel would report for it.
  struct Step {
    var edit: () throws -> Void
    var events: [FileWatcher.Event]
  }

  private var steps: [Step]
  /// The folders the watch asked to watch, in order.
  private(set) var watched: [String] = []
  /// How many batches were handed over.
  private(set) var delivered = 0

  /// A source that plays `steps` in order.
  init(_ steps: [Step]) {
    self.steps = steps
  }

  func watch(folder: String) throws {
    watched.append(folder)
  }

  func next() throws -> [FileWatcher.Event]? {
    guard !steps.isEmpty else { return nil }
    let step = steps.removeFirst()
    try step.edit()
    delivered += 1
    return step.events
  }

  /// The events of an editor's save by rename of `name` in `folder`: a new file written
  /// beside it, then renamed over it.
  static func savedByRename(_ name: String, in folder: String) -> [FileWatcher.Event] {
    let beside = ".\(name).swp"
    return [
      .init(folder: folder, name: beside, kind: .created),
      .init(folder: folder, name: beside, kind: .written),
      .init(folder: folder, name: beside, kind: .removed),
      .init(folder: folder, name: name, kind: .movedIn),
    ]
  }

  /// The events of a save in place of `name` in `folder`.
  static func savedInPlace(_ name: String, in folder: String) -> [FileWatcher.Event] {
    [.init(folder: folder, name: name, kind: .written)]
  }
}
