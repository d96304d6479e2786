import ArgumentParser

/// `lectern plan`: show how a document will be spoken.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Show how a document will be spoken."
  )

  func run() throws {
    printError("plan: not yet available")
    throw ExitCode(69)
  }
}
