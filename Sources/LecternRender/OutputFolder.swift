import LecternSystem

/// The output folder (`output/` by default) that renders write into.
enum OutputFolder {
  /// Creates `path` if needed. Returns the path. (What killed runs left in it is removed
  /// once its lock is held: see ``StaleStaging``.)
  static func prepare(_ path: String) throws(SystemError) -> String {
    try FileSystem.makeDirectories(path)
    return path
  }

  /// Takes the folder's lock, waiting while another render holds it.
  static func lock(_ path: String) throws -> DirectoryLock {
    var announced = false
    while true {
      do {
        return try DirectoryLock(directory: path)
      } catch is DirectoryLock.Busy {
        if !announced {
          StandardError.write("lectern: waiting for another render into \(path) to finish\n")
          announced = true
        }
        try Interruption.check()
        Clock.sleep(milliseconds: 100)
      }
    }
  }
}
