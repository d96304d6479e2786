import ArgumentParser
import LecternSystem

/// The `lectern` command: renders written addresses to audio.
///
/// Synchronous on purpose (`ParsableCommand`, not `AsyncParsableCommand`): synthesis forks
/// children from this process, and a process that has started Swift concurrency or Dispatch
/// worker threads cannot fork safely.
@main
struct Lectern: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lectern",
    abstract: "Render written addresses to audio with eSpeak NG.",
    subcommands: [
      RenderCommand.self, PreviewCommand.self, WatchCommand.self, PlanCommand.self,
      CheckCommand.self, VoicesCommand.self, MeasureCommand.self, ReportCommand.self,
      CacheCommand.self,
    ]
  )

  /// Sets the process's signal dispositions once (see `ProcessSetup.configure()`), then
  /// parses and runs the command as swift-argument-parser's `main()` does, once the words it
  /// would misread (see ``MisreadOption``) are ruled out.
  static func main() {
    ProcessSetup.configure()
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let word = MisreadOption.find(in: arguments) {
      printLine(MisreadOption.message(for: word, in: arguments))
      Self.exit(withError: ExitCode.validationFailure)
    }
    main(arguments)
  }
}
