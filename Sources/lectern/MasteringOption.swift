import ArgumentParser
import LecternAudio
import LecternRender

/// `--master PROFILE`, shared by the commands that write or judge audio.
struct MasteringOption: ParsableArguments {
  @Option(
    name: .customLong("master"),
    help: ArgumentHelp(
      "Mastering profile: web, broadcast, audiobook, raw, or any VOICES/mastering/NAME.master "
        + "or path to a .master file.",
      valueName: "PROFILE"))
  var name = MasteringProfiles.defaultName

  func validate() throws {
    if name.isEmpty { throw ValidationError("--master must name a profile.") }
  }

  /// The profile, loaded from `voices`' mastering folder (or the path given).
  func profile(voices: VoicesOption) throws -> MasteringProfile {
    try MasteringProfiles.load(name, voicesDirectory: voices.directory)
  }
}
