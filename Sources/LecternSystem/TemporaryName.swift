import Glibc

/// The names of Lectern's temporaries — atomic files, staging folders, cache entries being
/// written, scratch folders — and their parser, in one place so that the clean-up that parses
/// them can never drift from the code that makes them.
///
/// A temporary beside `NAME` is `.NAME.lectern-tmp-PID-RANDOM`: hidden, marked, with the id of
/// the process that writes it (so that a clean-up can tell a dead writer's leftovers from a
/// live one's) and 64 random bits (so that the name cannot be predicted or collide).
public enum TemporaryName {
  /// The part of a temporary's name that marks it as Lectern's.
  public static let marker = ".lectern-tmp-"

  /// A fresh temporary name for `name` (a file name, not a path).
  public static func make(for name: String) -> String {
    let random = String(UInt64.random(in: .min ... .max), radix: 16)
    return ".\(name)\(marker)\(getpid())-\(random)"
  }

  /// A fresh temporary path beside `path`.
  public static func path(beside path: String) -> String {
    let (directory, name) = FileSystem.split(path)
    return "\(directory)/\(make(for: name))"
  }

  /// The process id in a temporary's name, or `nil` if `name` is not one.
  public static func writer(of name: String) -> pid_t? {
    guard name.hasPrefix("."), let range = name.ranges(of: marker).last else { return nil }
    let fields = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
    guard fields.count == 2, !fields[1].isEmpty,
      fields[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
      let pid = pid_t(fields[0]), pid > 0
    else { return nil }
    return pid
  }

  /// Removes the temporaries in `directory` whose writing process no longer exists, files or
  /// folders, and returns their paths. Temporaries of running processes (this one included)
  /// are kept. A folder that cannot be listed yields an empty list.
  @discardableResult
  public static func removeStale(in directory: String) -> [String] {
    var removed: [String] = []
    for name in FileSystem.entries(of: directory) ?? [] {
      guard let pid = writer(of: name), pid != getpid(), !FileSystem.processExists(pid) else {
        continue
      }
      let path = directory + "/" + name
      if FileSystem.removeTree(path) { removed.append(path) }
    }
    return removed.sorted()
  }
}
