import Testing

@testable import LecternText

/// Dates in the common formats of every supported language, read with ICU's month names.
@Suite struct DateFinderTests {
  static let finder = StructureVocabulary(LanguageTestSupport.knowledge).dates

  @Test(arguments: [
    ("30 October 2019", 2019, 10, 30),
    ("October 30, 2019", 2019, 10, 30),
    ("Wednesday, 30 October 2019", 2019, 10, 30),
    ("30.10.2019", 2019, 10, 30),
    ("2019-10-30", 2019, 10, 30),
    ("2019/10/30", 2019, 10, 30),
    ("2021/3/5", 2021, 3, 5),
    ("30 octobre 2019", 2019, 10, 30),
    ("JEUDI 20 FEVRIER 1975", 1975, 2, 20),
    ("Paris le 1er juin 1992.", 1992, 6, 1),
    ("7 de octubre de 2008", 2008, 10, 7),
    ("30 октября 2019 г.", 2019, 10, 30),
    ("٣٠ أكتوبر ٢٠١٩", 2019, 10, 30),
    ("نيويورك، 24 أيلول/سبتمبر 2024", 2024, 9, 24),
    ("2019年10月30日", 2019, 10, 30),
    ("30. Oktober 2019", 2019, 10, 30),
    ("26 de Março de 2012", 2012, 3, 26),
    ("Sunday, April 27, 2014", 2014, 4, 27),
  ])
  func findsTheDate(text: String, year: Int, month: Int, day: Int) throws {
    let found = try #require(Self.finder.find(in: text), "no date in \(text)")
    #expect((found.year, found.month, found.day) == (year, month, day))
  }

  @Test func aDateIsWrittenAsTheLineWritesIt() throws {
    let found = try #require(Self.finder.find(in: "Moscow, 30 октября 2019 г. — opening"))
    #expect(found.text == "30 октября 2019 г.")
    #expect(!found.numeric)
    #expect(Self.finder.find(in: "30.10.2019")?.numeric == true)
  }

  @Test(arguments: ["31.02.2019", "1.2.3.4", "version 10.2.2019.1", "Room 30 of 2019", "12/30"])
  func findsNoDateInNumbersThatAreNone(text: String) {
    #expect(Self.finder.find(in: text) == nil, "\(text) read as a date")
  }

  @Test func aTimeGluedToTheYearIsCutApart() throws {
    let line = "5 March 202114:07"
    let date = try #require(Self.finder.find(in: line))
    #expect((date.year, date.month, date.day) == (2021, 3, 5))
    #expect(date.text == "5 March 2021")
    let times = Self.finder.times(in: line)
    #expect(times.count == 1)
    #expect(
      times.first.map { String(Array(line.unicodeScalars)[$0].map(Character.init)) } == "14:07")
  }

  @Test func timesInTheirCommonForms() {
    for text in ["at 9:30 a.m.", "15h30", "14:07:30", "Moscow: 18:06"] {
      #expect(Self.finder.times(in: text).count == 1, "\(text)")
    }
    #expect(Self.finder.times(in: "the ratio 3:2 of votes").isEmpty)
  }

  @Test func aNumericDateIsSpelledOutInTheDocumentsLanguage() throws {
    let found = try #require(Self.finder.find(in: "30.10.2019"))
    #expect(DateFinder.spelledOut(found, language: "fr") == "30 octobre 2019")
    #expect(DateFinder.spelledOut(found, language: "en")?.contains("October") == true)
    let written = try #require(Self.finder.find(in: "30 October 2019"))
    #expect(DateFinder.spelledOut(written, language: "en") == nil)
  }

  /// A mark of the era after the year (`[date-trailers]`: "م" for ميلادي) is part of the
  /// date, glued or apart, so no header reads it as a place of one letter.
  @Test(arguments: ["مايو2031م", "15 مايو 2031م", "15 مايو 2031 م"])
  func anEraMarkAfterTheYearIsPartOfTheDate(text: String) throws {
    let found = try #require(Self.finder.find(in: "حفل التخرج/ " + text))
    #expect(found.year == 2031 && found.month == 5)
    #expect(found.text == text)
  }
}
