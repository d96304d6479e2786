/// Chinese cases: eSpeak NG's sit/cmn-Latn-pinyin voice reads 1 to 99 right and drops the
/// zeros and the 万 of larger numbers, reads decimals digit by digit and "%" in English.
enum ChineseNormalizationCases {
  static let all: [NormalizationCase] = [
    .init("zh", "2013年", "二〇一三年", .fix("er qian shi san nian")),
    .init("zh", "1977年4月", "一九七七年4月", .fix("yi qian jiu bai qi shi qi")),
    .init("zh", "值此2031新年", "值此二〇三一新年", .fix("er qian san shi yi xin nian")),
    .init("zh", "105个国家", "一百零五个国家", .fix("yi bai wu")),
    .init("zh", "10000人", "一万人", .fix("shi qian ren")),
    .init("zh", "3.5米", "三点五米", .fix("san wu mi")),
    .init("zh", "50%", "百分之50", says: "百分之五十", .fix("wu shi percent, in English")),
    .init("zh", "4700年前", "四千七百年前", .same("a count of years, not a year")),
    .init("zh", "40周年", "40周年", says: "四十周年", .kept),
    .init("zh", "第3届", "第3届", says: "第三届", .kept),
  ]
}
