/// Arabic cases: what eSpeak NG's `sem/ar` voice gets wrong, and what it reads right.
enum ArabicNormalizationCases {
  static let all: [NormalizationCase] = [
    .init("ar", "50%", "50 بالمائة", .fix("the sign is dropped")),
    .init("ar", "٥٠٪", "٥٠ بالمائة", .fix("the sign is dropped")),
    .init(
      "ar", "$25 مليون", "25 مليون دولار",
      .fix("dollar said first")),
    .kept("ar", "25 مليون دولار", heard: "x'amsaw,aAiSR'u:n mall'ijju:n du:l'a.:R"),
    .init("ar", "5,000 €", "5000 يورو", .fix("the euro is dropped")),
    .init(
      "ar", "30/10/2019", "30 أكتوبر 2019",
      .fix("slash, in English")),
    .init(
      "ar", "2019-10-30", "30 أكتوبر 2019",
      .fix("the numbers in a row")),
    .init(
      "ar", "30.10.2019", "30 أكتوبر 2019",
      .fix("point")),
    .kept("ar", "30 أكتوبر 2019", heard: "T,ala:T'u:n ?'uktu:b,aR ?alf'a:n wa t'isA-,ata ,A-aSaR"),
    .init("ar", "1/2", "نصف", .fix("slash, in English")),
    .init("ar", "3/4", "ثلاثة أرباع", .fix("slash, in English")),
    .init("ar", "الأمن & السلام", "الأمن و السلام", .fix("and, in English")),
    .init(
      "ar", "2014–2018", "2014 إلى 2018",
      .fix("no word for the dash")),
    .init(
      "ar", "1,200", "1200", .same("a pause inside the number")),
    .kept("ar", "3.5", heard: "Tal'a:Ta f,a:s[il x'amsa"),
    .init(
      "ar", "USD 10", "10 دولار أمريكي", .fix("U S D in English")),
    .kept("ar", "1200", heard: "?'alf wam,i?at'a:n"),
    .kept("ar", "عام 2019", heard: "A'a:m ?alf'a:n wa t'isA-,ata ,A-aSaR"),
    .kept("ar", "د. أحمد", heard: "?add'uktu:r ?'aHmad"),
    .kept("ar", "3 ملايين", heard: "Tal'a:Ta m,ulla:'ijji:n"),
    .kept("ar", "المادة 14", heard: "?alm'a:d:a ?arb'aA-,ata ,A-aSCaR"),
    .kept("ar", "40000000000", heard: "?,aRba'A-u:n m,ilja:r"),
    .kept("ar", "١٢٠٠", heard: "?'alf wam,i?at'a:n"),
    .kept("ar", "القرن 21", heard: "?alq'aRn w'a:Hidw,aAiSR'u:n"),
    .kept("ar", "الدورة 91", heard: "?add'awRa w'a:Hidw,atis'A-u:n"),
    .kept("ar", "15:30", heard: "x'amsat,a A-,aSaR T,ala:T'u:n"),
    .init(
      "ar", "25% من", "25 بالمائة من", .fix("the sign is dropped")),
    .init(
      "ar", "€5 مليون", "5 مليون يورو", .fix("the euro is dropped")),
    .kept("ar", "2019", heard: "?alf'a:n wa t'isA-,ata ,A-aSaR"),
    .init("ar", "½", "نصف", .fix("nothing")),
    .init("ar", "الســيــدات والســـــادة", "السيدات والسادة", .fix("the stretched letters")),
    .init(
      "ar", "[say-as date: 03/04/2019]", "3 أبريل 2019",
      .fix("markup")),
    .init("ar", "الفن والمسرح إلخ", "الفن والمسرح إلى آخره", .fix("the letters of إلخ")),
  ]
}
