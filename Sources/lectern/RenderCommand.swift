import ArgumentParser

/// `lectern render`: render documents to audio files, a manifest and captions.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render documents to audio files, a manifest and captions."
  )

  func run() throws {
    printError("render: not yet available")
    throw ExitCode(69)
  }
}
