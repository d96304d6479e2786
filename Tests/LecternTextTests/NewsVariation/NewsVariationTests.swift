import Foundation
import Testing

@testable import LecternText

/// News pages that carry a speech, generated with invented people, forums, venues and cities
/// in eight languages (``NewsLayout``): the headline makes the speaker the subject of a speech
/// verb, a reporter's lead gives the date, the place and the speaker in the third person, an
/// announcement may introduce the transcript. Scored as the held-out check scores a plan: the
/// header facts, the reporter's lines neither spoken nor lost (listed as dropped), and the
/// speech's salutation, first and last sentences spoken. The negatives: a speech that opens
/// by narrating in the first person, and one without a lead, keep their first paragraph.
@Suite struct NewsVariationTests {
  static let variants = NewsVariationGenerator.variants()

  /// The checks each page is scored on.
  static let checks = ["speaker", "place", "date", "furniture", "speech"]

  /// What one page's plan got wrong, by check.
  static func misses(_ variant: NewsVariant) -> [String: String] {
    let plan = LanguageTestSupport.planPage(variant.lines)
    let metadata = plan.metadata
    func has(_ value: String?, _ part: String) -> Bool {
      value?.lowercased().contains(part.lowercased()) == true
    }
    var misses: [String: String] = [:]
    if !has(metadata.speaker, variant.surname) { misses["speaker"] = metadata.speaker ?? "nil" }
    if !variant.places.contains(where: { has(metadata.place, $0) }) {
      misses["place"] = metadata.place ?? "nil"
    }
    let date = metadata.date ?? ""
    if !date.contains(variant.date.year)
      || !VariationDateFormat.holdsMonth(date, variant.date.months, year: variant.date.year)
    {
      misses["date"] = metadata.date ?? "nil"
    }
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    let lost = variant.furniture.filter { line in
      let key = String(line.prefix(24))
      return spoken.contains { $0.contains(key) }
        || !plan.dropped.contains { $0.text.contains(key) }
    }
    if !lost.isEmpty { misses["furniture"] = lost.joined(separator: " | ") }
    let unsaid = variant.spoken.filter { sentence in !spoken.contains { $0.contains(sentence) } }
    if !unsaid.isEmpty { misses["speech"] = unsaid.joined(separator: " | ") }
    return misses
  }

  /// The invented words are in no language file or lexicon: the suite tests rules over the
  /// page's shape and the language files' speech verbs, not a list of its names.
  @Test func inventedNamesAreInNoDataFile() throws {
    let words = try LanguageTestSupport.dataFileWords()
    let found = Self.variants.map(\.surname).filter { words.contains($0.lowercased()) }
    #expect(found.isEmpty, "\(found)")
  }

  /// Every page right, but for the known shortfalls (``NewsVariationFloors``).
  @Test func everyPageReadsAsANewsReport() {
    var failures: [String] = []
    for variant in Self.variants {
      let misses = Self.misses(variant).filter { !NewsVariationFloors.isKnown(variant, $0.key) }
      if !misses.isEmpty { failures.append("\(misses)\n\(variant)") }
    }
    let shown = failures.prefix(6).joined(separator: "\n\n")
    #expect(failures.isEmpty, "\(failures.count) pages:\n\(shown)")
  }

  /// Rates by language and by layout (printed with `NEWS_VARIATION_REPORT=1`; every page and
  /// its misses written to the file `NEWS_VARIATION_DUMP` names), and the overall rate, which
  /// must not fall below the floor.
  @Test func rates() {
    var cells: [String: (total: Int, all: Int, right: [String: Int])] = [:]
    var allRight = 0
    var dump = ""
    for variant in Self.variants {
      let misses = Self.misses(variant)
      dump += "\(misses)\n\(variant)\n\n"
      if misses.isEmpty { allRight += 1 }
      for key in ["\(variant.language)", "\(variant.language) \(variant.layout.rawValue)"] {
        var cell = cells[key] ?? (0, 0, [:])
        cell.total += 1
        if misses.isEmpty { cell.all += 1 }
        for check in Self.checks where misses[check] == nil { cell.right[check, default: 0] += 1 }
        cells[key] = cell
      }
    }
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["NEWS_VARIATION_DUMP"] {
      FileManager.default.createFile(atPath: path, contents: Data(dump.utf8))
    }
    if environment["NEWS_VARIATION_REPORT"] != nil {
      print("pages \(Self.variants.count), all checks right \(allRight)")
      print("cell                 n  all " + Self.checks.joined(separator: " "))
      for key in cells.keys.sorted() {
        let cell = cells[key] ?? (0, 0, [:])
        let row = Self.checks.map { String(cell.right[$0] ?? 0) }
        print(
          key.padding(toLength: 20, withPad: " ", startingAt: 0), cell.total, cell.all,
          row.joined(separator: " "))
      }
    }
    let rate = Double(allRight) / Double(Self.variants.count)
    #expect(rate >= NewsVariationFloors.overall, "\(allRight)/\(Self.variants.count)")
  }
}

/// Where the reader is known to fall short on news pages, by shape: left out of the per-page
/// test and held to the overall floor instead.
/// - an Arabic lead's place ("… في القاهرة"): no capitals say where a name starts or ends,
///   and Arabic has no word before a place in its language file;
/// - a Chinese lead's place ("…在北京出席…"): the city is inside a run of letters;
/// - a French lead's building ("au palais des congrès … de Genève"): "au" and "de" are no
///   words before a place.
enum NewsVariationFloors {
  /// (language layout, check): `*` is any language, layout or check.
  static let known: [(key: String, check: String)] = [
    ("ar *", "place"), ("zh *", "place"), ("fr *", "place"),
  ]

  /// Whether `check` of `variant` is a known shortfall.
  static func isKnown(_ variant: NewsVariant, _ check: String) -> Bool {
    let key = [variant.language, variant.layout.rawValue]
    return known.contains { entry in
      let pattern = entry.key.split(separator: " ").map(String.init)
      return (entry.check == "*" || entry.check == check)
        && zip(pattern, key).allSatisfy { $0 == "*" || $0 == $1 }
    }
  }

  /// The share of pages with every check right (176 of 224 when this was written; 53 before
  /// the news-report rules).
  static let overall = 0.78
}
