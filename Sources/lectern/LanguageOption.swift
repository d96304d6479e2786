import ArgumentParser
import LecternLanguageID
import LecternText

/// `--language TAG`, shared by the commands that plan a document: states the document's
/// language instead of identifying it.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("language"),
    help: ArgumentHelp(
      "The document's language (a BCP 47 tag such as fr or zh); detected when omitted.",
      valueName: "TAG"))
  var tag: String?

  func validate() throws {
    guard let tag else { return }
    let primary = String(tag.split(separator: "-").first ?? "")
    guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }),
      !tag.hasSuffix("-")
    else {
      throw ValidationError(
        "--language must be a language tag such as fr, es or zh-Hans (got \"\(tag)\").")
    }
  }

  /// The stated primary language, lower-cased, or `nil` to detect it.
  var language: String? {
    tag.map { String($0.split(separator: "-").first ?? "").lowercased() }
  }

  /// The identifier every command uses: CLD2.
  static let identifier: any LanguageIdentifying = CLD2Identifier()
}
