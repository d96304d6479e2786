/// English cases: what eSpeak NG's `gmw/en` voice gets wrong, and what it reads right.
enum EnglishNormalizationCases {
  static let all: [NormalizationCase] = [
    .init(
      "en", "$25 million", "25 million dollars",
      .fix("dollar twenty-five million")),
    .init(
      "en", "€5 million", "5 million euros",
      .fix("euros five million")),
    .init(
      "en", "£3.2bn", "3.2 billion pounds",
      .fix("pound three point two b n")),
    .init("en", "USD 10", "10 US dollars", .fix("U S D ten")),
    .init(
      "en", "5\u{A0}000 €", "5000 euros",
      .fix("five zero zero zero euros")),
    .init("en", "$1.50", "1 dollar 50", .fix("dollar one point five zero")),
    .init(
      "en", "$5m", "5 million dollars", .fix("dollar five m")),
    .init(
      "en", "09 May 2021", "9 May 2021",
      .fix("zero nine May")),
    .init(
      "en", "14 Feb 2019", "14 February 2019",
      .fix("fourteen Feb")),
    .init(
      "en", "2019-10-30", "30 October 2019",
      .fix("two thousand and nineteen dash ten dash thirty")),
    .init(
      "en", "30.10.2019", "30 October 2019",
      .fix("thirty point one zero point …")),
    .init(
      "en", "October 30, 2019", "October thirtieth, twenty nineteen",
      .fix("October thirty, two thousand and nineteen")),
    .init(
      "en", "on February 23rd", "on February twenty-third",
      .same("the plan shows the words eSpeak NG says")),
    .init(
      "en", "December 23, 1933", "December twenty-third, nineteen thirty-three",
      .fix("December twenty-three")),
    .init("en", "Feb. 2019", "February 2019", .fix("Feb")),
    .init("en", "at 15:00", "at 15 hundred", .fix("fifteen zero zero")),
    .init("en", "09:05", "9 oh 5", .fix("zero nine zero five")),
    .init(
      "en", "10:30 a.m.", "10 30 a.m.",
      .same("the pattern writes every time alike")),
    .init("en", "Article XIV", "Article fourteen", .fix("Article Roman fourteen")),
    .init("en", "Part IV", "Part four", .fix("Part Roman four")),
    .init(
      "en", "Pope John Paul II", "Pope John Paul the second", .fix("John Paul Roman two")),
    .init("en", "Elizabeth II", "Elizabeth the second", .fix("Elizabeth Roman two")),
    .init("en", "World War I", "World War one", .fix("World War I, the pronoun")),
    .init("en", "XXI century", "twenty-first century", .fix("Roman twenty-one century")),
    .kept("en", "I think so", heard: "aI T'INk s'oU"),
    .init("en", "Ms Smith", "Miz Smith", .fix("M S Smith")),
    .init("en", "Prof. Smith", "Professor Smith", .fix("prof Smith")),
    .init("en", "Hon. Smith", "Honourable Smith", .fix("hon Smith")),
    .init("en", "H.E. Mr Smith", "His Excellency Mister Smith", .fix("H E Mister Smith")),
    .init("en", "H.E Smith", "His Excellency Smith", .fix("H E Smith")),
    .init("en", "King Jr. spoke", "King Junior spoke", .fix("King J R")),
    .init("en", "No. 5", "number 5", .fix("no five")),
    .init("en", "Art. 5", "Article 5", .fix("art five")),
    .init("en", "para. 3", "paragraph 3", .fix("para three")),
    .init("en", "i.e. this", "that is this", .fix("I E this")),
    .kept("en", "e.g. this", heard: "f,O@rEgz'aamp@L D'Is"),
    .init("en", "Mr Smith", "Mister Smith", .same("titles written out in the plan")),
    .init(
      "en", "ports, roads etc.", "ports, roads et cetera",
      .same("the plan shows the words a reader says")),
    .init("en", "Dr Smith", "Doctor Smith", .same("titles written out in the plan")),
    .init("en", "Mme Button", "Madame Button", .fix("M M E Button")),
    .init("en", "Lt Col Brown", "Lieutenant Colonel Brown", .fix("L T col Brown")),
    .init(
      "en", "the 126th Emperor", "the one hundred and twenty-sixth Emperor",
      .same("words in the plan for ordinals from 100")),
    .init(
      "en", "had reached 8.3trillion", "had reached 8.3 trillion",
      .same("a space before the scale word")),
    .init(
      "en", "COVID-19 cases", "COVID 19 cases", says: "Covid 19 cases",
      .same("the plan reads as the engine does")),
    .init(
      "en", "St. Petersburg", "Saint Petersburg",
      .fix("s@nt, unstressed, as an abbreviation is read")),
    .init("en", "Europe`s", "Europe’s", says: "Europe's", .fix("Europe … Es")),
    .init(
      "en", "Europe´s", "Europe’s", says: "Europe's",
      .same("one apostrophe for the lexicons' possessive rule")),
    .kept("en", "R&D", heard: "'A@ _and d'i:"),
    .init("en", "and/or", "and or", .fix("and slash or")),
    .init(
      "en", "2014–2018", "2014 to 2018", .fix("no word for the dash")),
    .init(
      "en", "2014-2018", "2014 to 2018", .fix("dash")),
    .init(
      "en", "1,200 delegates", "1200 delegates",
      .same("a comma inside a number makes a pause")),
    .kept("en", "50%", heard: "f'Ifti p3s'Ent"),
    .init("en", "3/4", "three quarters", .fix("three slash four")),
    .init("en", "½", "one half", .fix("nothing")),
    .init("en", "100th", "one hundredth", .fix("one hundred th")),
    .init("en", "1000th", "one thousandth", .same("ordinals from 100 in words")),
    .kept("en", "21st", heard: "tw'Enti f'3:st"),
    .kept("en", "7th", heard: "s'Ev@nT"),
    .init("en", "a 100 people", "a hundred people", .fix("a one hundred people")),
    .init(
      "en", "[say-as date mdy: 03/04/2019]", "4 March 2019", .fix("markup")),
    .init("en", "[say-as digits: 112]", "1 1 2", .fix("one hundred and twelve")),
    .init("en", "[say-as ordinal: 3]", "third", .fix("three")),
    .init("en", "in 1943", "in nineteen forty-three", .fix("nineteen hundred and forty-three")),
    .init("en", "8 May 1945", "8 May nineteen forty-five", .fix("nineteen hundred and …")),
    .init("en", "the 1990s", "the nineteen nineties", .fix("nineteen hundred and ninety z")),
    .init(
      "en", "the 1900s", "the nineteen hundreds", .same("read right; spelled like other decades")),
    .init("en", "US$ 25 million", "25 million US dollars", .fix("U S dollar 25 million")),
    .init("en", "1,943 votes", "1943 votes", .same("a pause at the comma")),
    // A suffix set apart from its digits, as a copy of a superscript leaves it.
    .init("en", "the 54 th session", "the fifty-fourth session", .fix("fifty four th")),
    .init("en", "the 50 th anniversary", "the fiftieth anniversary", .fix("fifty th")),
    // A short number in quotes before a service noun, or dialled, is said digit by digit.
    .init(
      "en", "the “110” Varnel Command Center", "the “one one zero” Varnel Command Center",
      .fix("one hundred and ten")),
    .init(
      "en", "the ‘1922’ hotline", "the ‘one nine two two’ hotline", .fix("nineteen twenty-two")),
    .init("en", "dial 911", "dial nine one one", .fix("nine hundred and eleven")),
  ]
}
