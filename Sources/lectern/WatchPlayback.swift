import LecternRender
import LecternSupport
import LecternSystem

/// `watch --play`: plays the first changed part of each save, stopping the one before.
///
/// The part's file is copied out of the render's staging folder into a private scratch
/// folder first: the staging folder is renamed and the previous render removed when the
/// render commits, which may happen before the player opens the file.
final class WatchPlayback {
  private let scratch: ScratchDirectory
  private var playing: Player.Playback?
  private var file: String?
  private var count = 0

  /// Creates the scratch folder (in `$TMPDIR`), removed when the watch ends.
  init() throws {
    scratch = try ScratchDirectory(purpose: "lectern-play")
  }

  /// Stops what plays and plays a copy of `path`. A file that cannot be copied or played is
  /// reported; the watch goes on.
  func play(_ path: String) {
    stop()
    count += 1
    let copy = "\(scratch.path)/\(count)-\(FileSystem.split(path).name)"
    do {
      try FileSystem.copyFile(path, to: copy)
      file = copy
      playing = try Player.start(copy)
    } catch let error as LecternError {
      printError("cannot play \(path): \(error.description)")
    } catch {
      printError("cannot play \(path): \(SystemError.reason(of: error))")
    }
  }

  /// Reaps the player if it has ended, and removes its copy.
  func reap() {
    guard let playing, playing.hasEnded() else { return }
    self.playing = nil
    removeCopy()
  }

  /// Stops the player and removes its copy.
  func stop() {
    playing?.stop()
    playing = nil
    removeCopy()
  }

  private func removeCopy() {
    if let file { FileSystem.removeTree(file) }
    file = nil
  }
}

/// The renderer's progress during a watch: nothing is drawn (the watch prints one line per
/// save); with `--play`, the first part whose key changed is played once its file is written.
final class WatchProgress: RenderProgress {
  /// Part id → content key of the render in place.
  var keys: [String: String] = [:]
  /// The player, with `--play`.
  let playback: WatchPlayback?
  /// Whether a changed part is played (not during the first render).
  var armed = false
  private var played = false

  init(playback: WatchPlayback?) {
    self.playback = playback
  }

  func started(document: String, parts: Int) { played = false }

  func finished(part: String, audioSeconds: Double) {}

  func wrote(part: String, key: String, file: String) {
    guard armed, let playback, !played, keys[part] != key else { return }
    played = true
    playback.play(file)
  }

  func completed(
    document: String, directory: String, files: Int, audioSeconds: Double, synthesized: Int
  ) {}
}
