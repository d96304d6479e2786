import ArgumentParser

/// `lectern preview`: render one part of a document for a quick listen.
struct PreviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preview",
    abstract: "Render one part of a document for a quick listen."
  )

  func run() throws {
    printError("preview: not yet available")
    throw ExitCode(69)
  }
}
