import LecternText
import Testing

/// Written forms read by their neighbours, with names and numbers no table lists: a unit's
/// symbol after a number (`say-units`, any case, agreeing with the number), an abbreviation
/// before a capitalized name (`say-abbreviations-before-names`: "Mt Varnel" but "Varnel Mt"),
/// and a degree sign typed for the ordinal indicator before a noun ("63° período"); and the
/// look-alikes that stay as written: a word of the language after a number ("Covid 19 ha
/// acentuado"), a temperature or an angle, an abbreviation after its name.
@Suite struct UnitsAndNamesTests {
  private let normalizer = LanguageTestSupport.annotator.normalizer

  private func say(_ text: String, _ language: String) -> String {
    normalizer.normalize(text, language: language)
  }

  /// Numbers drawn from a range no table holds, with the symbol in three cases and glued.
  @Test(arguments: [3, 47, 812, 6_093, 21_504])
  func aUnitAfterANumberIsNamedInAnyCase(number: Int) {
    for symbol in ["km", "KM", "Km"] {
      #expect(
        say("we drove \(number) \(symbol) north", "en") == "we drove \(number) kilometres north")
    }
    #expect(say("\(number)kg of grain", "en") == "\(number) kilograms of grain")
    #expect(say("recorrimos \(number) KM", "es") == "recorrimos \(number) kilómetros")
  }

  /// The unit agrees with the number: singular after one, Russian's three forms.
  @Test func theUnitAgreesWithTheNumber() {
    #expect(say("only 1 km away", "en") == "only 1 kilometre away")
    #expect(say("2.5 km", "en") == "2.5 kilometres")
    #expect(say("1 км", "ru") == "1 километр")
    #expect(say("3 км", "ru") == "3 километра")
    #expect(say("16000 км", "ru") == "16000 километров")
  }

  /// A unit's symbol that is a word of the language, a symbol without a number, or letters
  /// going on after it stay as written.
  @Test(arguments: [
    ("es", "La pandemia de Covid 19 ha acentuado todo."),
    ("en", "The KM team met on Tuesday."),
    ("en", "Route 12 kmx"),
    ("pt", "Em 2019 ha dias assim."),
  ])
  func lookAlikesOfUnitsStayAsWritten(language: String, text: String) {
    let said = say(text, language)
    #expect(!said.contains("kilom") && !said.contains("hect") && !said.contains("quil"), "\(said)")
  }

  /// Before a capitalized name, the title or the saint; after one, or before a word in lower
  /// case, the abbreviation stays (a street, a verb).
  @Test(arguments: ["Varnel", "Oskeby", "Quillan"])
  func anAbbreviationBeforeANameIsReadAsTheTitle(name: String) {
    #expect(say("we climbed Mt \(name) at dawn", "en") == "we climbed Mount \(name) at dawn")
    #expect(say("Hon Dep Registrar \(name)", "en") == "Honourable Deputy Registrar \(name)")
    #expect(say("Asst. Warden \(name)", "en") == "Assistant Warden \(name)")
    #expect(
      say("we left \(name) Mt at dawn", "en")
        == "we left \(name) Mt at dawn")
    #expect(say("en Sta. \(name)", "es") == "en Santa \(name)")
    #expect(say("in St. \(name)", "de") == "in Sankt \(name)")
  }

  /// A priest's titles before a name are read as said ("Fr. Oskeby", "the Most Rev. Quillan");
  /// after the name, or before a word in lower case, they stay.
  @Test(arguments: ["Varnel", "Oskeby", "Quillan"])
  func aClergyTitleBeforeANameIsRead(name: String) {
    #expect(
      say("their rector, Fr. \(name), my friend", "en") == "their rector, Father \(name), my friend"
    )
    #expect(say("Fr \(name) came", "en") == "Father \(name) came")
    #expect(say("the Most Rev. \(name) spoke", "en") == "the Most Reverend \(name) spoke")
    #expect(say("we met \(name) Rev. at noon", "en") == "we met \(name) Rev. at noon")
  }

  /// A degree sign after a number before a noun in lower case is the ordinal indicator; a
  /// temperature, an angle or a degree before a function word is not.
  @Test func aDegreeSignBeforeANounIsTheOrdinalIndicator() {
    #expect(say("su 47° periodo", "es") == "su cuadragésimo séptimo periodo")
    #expect(say("el 1° encuentro", "es") == "el primer encuentro")
    for kept in ["a 25° C", "a 90° de latitud", "un ángulo de 90°", "a 40° en la sombra"] {
      #expect(say(kept, "es") == kept)
    }
    #expect(say("a 63° angle", "en") == "a 63° angle")
  }
}
