import ArgumentParser

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
      RenderCommand.self, PreviewCommand.self, PlanCommand.self, CheckCommand.self,
      VoicesCommand.self, ReportCommand.self, CacheCommand.self,
    ]
  )
}
