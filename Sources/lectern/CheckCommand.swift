import ArgumentParser

/// `lectern check`: list what needs a human decision before rendering.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "List what needs a human decision before rendering."
  )

  func run() throws {
    printError("check: not yet available")
    throw ExitCode(69)
  }
}
