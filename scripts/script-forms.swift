// Writes, into each voices/*.language file that names ICU script transforms in its
// [script-forms] section ("Hans-Hant", "Hant-Hans"), every list entry as those transforms
// write it, at the end of the entry's section, so that the file matches pages in either of
// the language's scripts (Chinese in simplified or traditional characters). ICU's first
// transform costs some 20 ms, too much for every start-up, so the forms are kept in the file;
// LanguageDataTests checks that no form is missing.
//
// Usage: scripts/script-forms [VOICES]   (default: voices)
import Foundation

let folder = CommandLine.arguments.dropFirst().first ?? "voices"
let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
for name in names.sorted() where name.hasSuffix(".language") {
  let path = folder + "/" + name
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
  var lines = text.components(separatedBy: "\n")
  // Sections in order: name, entries, the index of the last entry line.
  var sections: [(name: String, entries: [String], last: Int)] = []
  for (index, raw) in lines.enumerated() {
    let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      .first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    if raw.hasPrefix("#") || line.isEmpty { continue }
    if line.hasPrefix("[") && line.hasSuffix("]") {
      sections.append((String(line.dropFirst().dropLast()), [], index))
    } else if !sections.isEmpty {
      sections[sections.count - 1].entries.append(line)
      sections[sections.count - 1].last = index
    }
  }
  let transforms = sections.first { $0.name == "script-forms" }?.entries ?? []
  if transforms.isEmpty { continue }
  var added = 0
  for section in sections.reversed()
  where section.name != "script-forms" && section.name != "date-locales"
    && !section.entries.contains(where: { $0.contains("=") })
  {
    var seen = Set(section.entries)
    var forms: [String] = []
    for transform in transforms {
      for entry in section.entries {
        guard let form = entry.applyingTransform(StringTransform(transform), reverse: false)
        else {
          FileHandle.standardError.write(Data("\(path): no ICU transform \(transform)\n".utf8))
          exit(65)
        }
        if seen.insert(form).inserted { forms.append(form) }
      }
    }
    if forms.isEmpty { continue }
    lines.insert(contentsOf: forms, at: section.last + 1)
    added += forms.count
  }
  if added > 0 {
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    print("\(path): \(added) forms added")
  }
}
