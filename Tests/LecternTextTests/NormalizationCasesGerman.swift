/// German cases: what eSpeak NG's `gmw/de` voice gets wrong, and what it reads right.
enum GermanNormalizationCases {
  static let all: [NormalizationCase] = [
    .init("de", "am 3. Oktober", "am dritten Oktober", .fix("am drei Oktober")),
    .init("de", "3. Oktober", "dritter Oktober", .fix("drei Oktober")),
    .init(
      "de", "30.10.2019", "dreißigster Oktober 2019", .fix("dreißig Punkt zehn Punkt")),
    .init(
      "de", "am 30.10.2019", "am dreißigsten Oktober 2019", .fix("dreißig Punkt zehn Punkt")),
    .init(
      "de", "09. Mai 2021", "neunter Mai 2021",
      .fix("null neun Mai")),
    .init(
      "de", "im 21. Jahrhundert", "im einundzwanzigsten Jahrhundert",
      .fix("im einundzwanzig Jahrhundert")),
    .init("de", "der 3. Teil", "der dritte Teil", .fix("der drei Teil")),
    .init(
      "de", "1.200", "1200", .same("a pause inside the number")),
    .kept("de", "3,5", heard: "dr'aI _kOmA: f'ynf"),
    .kept("de", "50 %", heard: "f'ynftsIC pro:ts'Ent"),
    .init("de", "5.000 €", "5000 Euro", .same("money is read amount first, as a whole")),
    .init("de", "10 Mio. Euro", "10 Millionen Euro", .fix("zehn m i o")),
    .init(
      "de", "3,2 Mrd. Euro", "3,2 Milliarden Euro",
      .fix("m r d")),
    .init(
      "de", "$25 Millionen", "25 Millionen Dollar",
      .fix("Dollar fünfundzwanzig Millionen")),
    .init(
      "de", "15:30 Uhr", "15 Uhr 30",
      .fix("fünfzehn Uhr dreißig Uhr")),
    .kept("de", "um 15 Uhr", heard: "_!_|Um f'ynftse:n _!'u:r"),
    .init("de", "Dr. Müller", "Doktor Müller", .fix("D R Müller")),
    .init("de", "Prof. Müller", "Professor Müller", .fix("prof Müller")),
    .init("de", "z. B.", "zum Beispiel", .fix("zett b")),
    .init("de", "d. h.", "das heißt", .fix("d h")),
    .init("de", "usw.", "und so weiter", .fix("usf")),
    .init("de", "Nr. 5", "Nummer 5", .fix("N R fünf")),
    .init("de", "Art. 5", "Artikel 5", .fix("art fünf")),
    .init("de", "Artikel XIV", "Artikel vierzehn", .fix("Artikel römisch vierzehn")),
    .init(
      "de", "Johannes Paul II. kam", "Johannes Paul der zweite. kam",
      says: "Johannes Paul der zweite. kam", .fix("römisch zwei")),
    .init(
      "de", "2014–2018", "2014 bis 2018",
      .fix("no word for the dash")),
    .init("de", "1/2", "ein halb", .fix("eins zwei")),
    .init("de", "USD 10", "10 US-Dollar", .fix("usd zehn")),
    .init("de", "und/oder", "und oder", .same("a slash between words is a space")),
    .kept("de", "40 Milliarden", heard: "f'IrtsIC m'Ili:,ard@n"),
    .init("de", "bzw.", "beziehungsweise", .fix("b z w")),
    .init(
      "de", "Kunst, Musik etc.", "Kunst, Musik et zetera", says: "Kunst, Musik et zetera",
      .fix("etk")),
  ]
}
