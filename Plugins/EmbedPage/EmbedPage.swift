import Foundation
import PackagePlugin

/// Turns the listening page's files (`Page/*.html|css|js` of the target) into Swift string
/// constants at build time, so the page ships inside the binary.
///
/// SwiftPM resource bundles were measured and rejected: on Linux `Bundle.module` looks for
/// the bundle next to the executable, then at the absolute build path compiled into it, and
/// traps (SIGILL, no error to catch) when neither exists — a copied or installed `lectern`
/// would crash once its build folder is gone.
@main
struct EmbedPage: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    // `target.directoryURL` needs tools version 6.1; this package declares 6.0.
    let folder = context.package.directoryURL.appending(path: "Sources/\(target.name)/Page")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".html") || $0.hasSuffix(".css") || $0.hasSuffix(".js") }
      .sorted()
    let inputs = names.map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "PageFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding the listening page (\(names.joined(separator: ", ")))",
        executable: try context.tool(named: "PageEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
