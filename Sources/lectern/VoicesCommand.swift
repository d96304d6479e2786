import ArgumentParser

/// `lectern voices`: list the voice profiles and whether each works.
struct VoicesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "voices",
    abstract: "List the voice profiles and whether each works."
  )

  func run() throws {
    printError("voices: not yet available")
    throw ExitCode(69)
  }
}
