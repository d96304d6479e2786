/// The news-report material of Russian, Chinese, German and Portuguese.
extension NewsLanguage {
  static let russian = NewsLanguage(
    speech: .russian,
    headlines: [
      "{S} выступил на {E}", "{Os} {S} выступает на {E}", "{S} выступил с речью на {E}",
    ],
    leads: [
      "{DATE} в {CITY} {O} {S} выступил на {E}.",
      "{O} {S} {DATE} выступил в {CITY} на {E}.",
    ],
    venueLeads: ["{DATE} во Дворце культуры «{V}» {O} {S} выступил на {E}."],
    datelined: "{O} {S} выступил сегодня на {E}.",
    eventSentences: [
      "На форуме обсуждались вопросы совместного использования водных ресурсов.",
      "В работе форума приняли участие министры, инженеры и мэры из двадцати стран.",
    ],
    announcements: ["Стенограмма выступления {Sg}:", "Полный текст выступления:"],
    caption: "{S} на трибуне",
    narrative:
      "Сегодня я посетил речной порт города {CITY}, где встретился с инженерами, которые "
      + "обслуживают его шлюзы.")

  static let chinese = NewsLanguage(
    speech: .chinese,
    headlines: ["{S}出席{E}并致辞", "{Os}{S}在{E}上发表讲话", "{S}在{E}上的讲话"],
    leads: [
      "{DATE}，{O}{S}在{CITY}出席{E}并发表讲话。",
      "{O}{S}于{DATE}在{CITY}举行的{E}上致辞。",
    ],
    venueLeads: ["{DATE}，{O}{S}在{CITY}{V}会议中心出席{E}并致辞。"],
    datelined: "{O}{S}今天出席{E}并发表讲话。",
    eventSentences: [
      "论坛汇聚了来自二十个国家的部长、工程师和市长。",
      "与会者讨论了干旱、共享流域和湿地保护等议题。",
    ],
    announcements: ["讲话全文如下：", "致辞全文如下："],
    caption: "图为{S}在论坛上",
    narrative: "今天我参观了{CITY}的河港，会见了维护船闸的工程师们。", dash: " ")

  static let german = NewsLanguage(
    speech: .german,
    headlines: [
      "{Os} {S} spricht bei {E}", "{S} hielt eine Rede bei {E}", "{S} sprach bei {E}",
    ],
    leads: [
      "Am {DATE} hat {S}, {O}, in {CITY} bei {E} eine Rede gehalten.",
      "{S}, {O}, sprach am {DATE} in {CITY} bei {E}.",
    ],
    venueLeads: ["Am {DATE} sprach {S}, {O}, im Kongresszentrum {V} in {CITY}."],
    datelined: "{S}, {O}, hat heute bei {E} gesprochen.",
    eventSentences: [
      "Das Forum brachte Minister, Ingenieure und Bürgermeister aus zwanzig Ländern zusammen.",
      "Die Teilnehmer erörterten Dürre, gemeinsame Flussgebiete und den Schutz der Feuchtgebiete.",
    ],
    announcements: ["Die Rede im Wortlaut:", "Lesen Sie hier die Rede im Wortlaut:"],
    caption: "{S} am Rednerpult",
    narrative:
      "Heute habe ich den Flusshafen von {CITY} besucht und die Ingenieure getroffen, die "
      + "seine Schleusen betreiben.")

  static let portuguese = NewsLanguage(
    speech: .portuguese,
    headlines: [
      "{Os} {S} discursa durante {E}", "{S} discursou durante {E}", "{S} intervém durante {E}",
    ],
    leads: [
      "Em {DATE}, {S}, {O}, discursou em {CITY} durante {E}.",
      "{S}, {O}, interveio em {CITY} no dia {DATE}, durante {E}.",
    ],
    venueLeads: ["Em {DATE}, no Centro de Congressos {V}, em {CITY}, {S}, {O}, tomou a palavra."],
    datelined: "{S}, {O}, discursou hoje durante {E}.",
    eventSentences: [
      "O fórum reuniu ministros, engenheiros e autarcas de vinte países.",
      "Os participantes debateram a seca e a proteção das zonas húmidas.",
    ],
    announcements: [
      "Leia a seguir a íntegra do discurso:", "Segue o texto integral da intervenção:",
    ],
    caption: "{S} na tribuna",
    narrative:
      "Hoje visitei o porto fluvial de {CITY}, onde conheci os engenheiros que mantêm as suas "
      + "eclusas.")
}
