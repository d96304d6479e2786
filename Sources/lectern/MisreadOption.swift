import ArgumentParser

/// A word that swift-argument-parser would misread as a group of short options.
///
/// It reads `-dash.txt` as `-d -a -s -h …`: the `h` in it asks for help, which is printed with
/// status 0, and a group without `h` is reported by one of its letters (`Unknown option '-u'`
/// for `-quick.txt`). So, before parsing, any word of one dash that is not made of Lectern's
/// own short options is reported whole, in the parser's form, with status 64.
enum MisreadOption {
  /// Every short option of every command. `CommandLineTests` checks it against the help.
  static let shortNames: Set<Character> = ["h", "j", "o", "q"]

  /// The first word of `arguments` (before a `--`) that is an unknown single-dash option.
  static func find(in arguments: [String]) -> String? {
    if arguments.first == "help" { return nil }
    for argument in arguments {
      if argument == "--" { return nil }
      guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 1 else {
        continue
      }
      if argument == "-help" { continue }  // the parser's own spelling of --help
      if !argument.dropFirst().allSatisfy(shortNames.contains) { return argument }
    }
    return nil
  }

  /// The parser's error form for `word`: the problem on the first line, then the usage of
  /// the subcommand `arguments` name.
  static func message(for word: String, in arguments: [String]) -> String {
    let subcommand = Lectern.configuration.subcommands.first {
      $0._commandName == arguments.first
    }
    let usage = subcommand.map { Lectern.usageString(for: $0) } ?? Lectern.usageString()
    let name = subcommand.map { "lectern \($0._commandName)" } ?? "lectern"
    let hint =
      subcommand == nil
      ? "" : " (a file name that starts with '-' goes after '--': \(name) -- \(word))"
    return """
      Error: Unknown option '\(word)'\(hint)
      Usage: \(usage)
        See '\(name) --help' for more information.

      """
  }
}
