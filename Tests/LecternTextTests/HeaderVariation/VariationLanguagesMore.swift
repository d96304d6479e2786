/// The header-variation material of Arabic, Russian, Chinese, German and Portuguese.
extension VariationLanguage {
  static let arabic = VariationLanguage(
    code: "ar", locale: "ar", script: .arabic,
    titles: ["كلمة", "خطاب", "بيان", "كلمة"],
    headlines: ["{T} {S} {O} خلال {E}", "{T} {O} {S} في {E}"],
    titleAtEvent: "{T} خلال {E}",
    offices: [
      ("وزير خارجية جمهورية {C}", ""), ("سفير {C} لدى {D}", ""),
      ("الأمين العام لاتحاد {C}", ""), ("رئيس جمهورية {C}", ""),
    ],
    shortOffices: ["الوزير", "السفير", "الأمين العام", "الرئيس"],
    honorifics: [
      ("السيد", ""), ("معالي", ""), ("د.", ""), ("سعادة", ""), ("معالي السيد", ""), ("", ""),
    ],
    event: "افتتاح منتدى {F} للمياه",
    capitals: [
      ("القاهرة", "مصر"), ("الرياض", "السعودية"), ("جنيف", "سويسرا"), ("الرباط", "المغرب"),
    ],
    placeDate: "{P}، {DATE}", labels: ("التاريخ:", "المكان:", "المتحدث:"),
    deliveryNote: "النص كما ألقي",
    salutation: "أصحاب المعالي والسعادة، السيدات والسادة،", addressing: "معالي الوزير {A}،",
    body: [
      "يشرفني أن أفتتح هذا المنتدى المخصص لمستقبل أنهارنا ومدننا.",
      "لقد تعلمت مناطقنا خلال العقد الماضي أن المياه لا تعرف الحدود.",
      "وقد أظهر لنا المزارعون والمهندسون ورؤساء البلديات ما يمكن تحقيقه عندما نتقاسم معارفنا.",
      "فلنغادر هذه المدينة بالتزامات يفخر بها أبناؤنا.",
    ],
    closing: "وشكرا.",
    historical: "في {HDATE}، وقع أسلافنا أول ميثاق بشأن الأنهار المشتركة.", cased: false)

  static let russian = VariationLanguage(
    code: "ru", locale: "ru_RU", script: .cyrillic,
    titles: ["Выступление", "Речь", "Обращение", "Заявление"],
    headlines: ["{T} {Og} {Sg} на {E}", "{T} {Sg}, {Og}, на {E}"],
    titleAtEvent: "{T} на {E}",
    offices: [
      ("Министр иностранных дел Республики {C}", "Министра иностранных дел Республики {C}"),
      ("Посол Республики {C} в Республике {D}", "Посла Республики {C} в Республике {D}"),
      ("Генеральный секретарь Союза {C}", "Генерального секретаря Союза {C}"),
      ("Президент Республики {C}", "Президента Республики {C}"),
    ],
    shortOffices: ["Министр", "Посол", "Генеральный секретарь", "Президент"],
    honorifics: [("г-н", "г-на"), ("", "")],
    event: "открытии Форума {F} по водной безопасности",
    capitals: [
      ("Москва", "Россия"), ("Женева", "Швейцария"), ("Минск", "Беларусь"), ("Астана", "Казахстан"),
    ],
    placeDate: "{P}, {DATE}", labels: ("Дата:", "Место:", "Докладчик:"),
    deliveryNote: "Сверять с произнесённым",
    salutation: "Уважаемые дамы и господа!", addressing: "Уважаемый господин {A}!",
    body: [
      "Для меня большая честь открыть этот форум, посвящённый будущему наших рек и городов.",
      "За последнее десятилетие наши регионы поняли, что вода не знает границ.",
      "Фермеры, инженеры и мэры показали нам, как много можно сделать, когда мы делимся знаниями.",
      "Давайте покинем этот город с обязательствами, которыми будут гордиться наши дети.",
    ],
    closing: "Спасибо за внимание.",
    historical: "{HDATE} наши предшественники подписали первую хартию об общих реках.")

  static let chinese = VariationLanguage(
    code: "zh", locale: "zh_CN", script: .han,
    titles: ["讲话", "致辞", "发言", "演讲"],
    headlines: ["{O}{S}在{E}上的{T}", "{S}在{E}上的{T}"],
    titleAtEvent: "在{E}上的{T}",
    offices: [
      ("{C}外交部长", ""), ("{C}驻{D}大使", ""), ("{C}联盟秘书长", ""), ("{C}共和国总统", ""),
    ],
    shortOffices: ["外交部长", "大使", "秘书长", "总统"],
    honorifics: [("先生", ""), ("女士", ""), ("阁下", ""), ("", "")], honorificAfter: true,
    event: "{F}水安全论坛开幕式",
    capitals: [("北京", "中国"), ("日内瓦", "瑞士"), ("内罗毕", "肯尼亚"), ("莫斯科", "俄罗斯")],
    placeDate: "{P}，{DATE}", labels: ("日期：", "地点：", "发言人："),
    deliveryNote: "以讲话为准",
    salutation: "女士们，先生们：", addressing: "尊敬的{A}部长：",
    body: [
      "很荣幸为这个致力于我们河流和城市未来的论坛开幕。",
      "在过去十年中，我们各地区认识到水是没有国界的。",
      "农民、工程师和市长们向我们展示了，只要分享知识，就能取得多大的成就。",
      "让我们带着子孙后代引以为豪的承诺离开这座城市。",
    ],
    closing: "谢谢大家。",
    historical: "{HDATE}，我们的前辈签署了第一份共享河流宪章。", space: "", cased: false)

  static let german = VariationLanguage(
    code: "de", locale: "de_DE", script: .latin,
    titles: ["Rede", "Ansprache", "Grußwort", "Erklärung"],
    headlines: ["{T} von {S}, {O}, anlässlich {E}", "{T} von {S} anlässlich {E}"],
    titleAtEvent: "{T} anlässlich {E}",
    offices: [
      ("Außenminister der Republik {C}", ""), ("Botschafter der Republik {C} in {D}", ""),
      ("Generalsekretär der Union von {C}", ""), ("Präsident der Republik {C}", ""),
    ],
    shortOffices: ["Außenminister", "Botschafter", "Generalsekretär", "Präsident"],
    honorifics: [("Dr.", ""), ("Prof. Dr.", ""), ("", "")],
    event: "der Eröffnung des Forums {F} für Wassersicherheit",
    capitals: [
      ("Berlin", "Deutschland"), ("Wien", "Österreich"), ("Genf", "Schweiz"), ("Bern", "Schweiz"),
    ],
    placeDate: "{P}, {DATE}", labels: ("Datum:", "Ort:", "Redner:"),
    deliveryNote: "Es gilt das gesprochene Wort",
    salutation: "Sehr geehrte Damen und Herren,", addressing: "Sehr geehrter Herr Minister {A},",
    body: [
      "Es ist mir eine Ehre, dieses Forum über die Zukunft unserer Flüsse und Städte zu eröffnen.",
      "In den vergangenen zehn Jahren haben unsere Regionen gelernt, dass Wasser keine Grenzen kennt.",
      "Landwirte, Ingenieure und Bürgermeister haben uns gezeigt, wie viel möglich ist, wenn wir "
        + "unser Wissen teilen.",
      "Lassen Sie uns diese Stadt mit Zusagen verlassen, auf die unsere Kinder stolz sein werden.",
    ],
    closing: "Vielen Dank.",
    historical:
      "Am {HDATE} unterzeichneten unsere Vorgänger die erste Charta über gemeinsame Flüsse.")

  static let portuguese = VariationLanguage(
    code: "pt", locale: "pt_PT", script: .latin,
    titles: ["Discurso", "Intervenção", "Declaração", "Palavras"],
    headlines: ["{T} do {O}, {S}, durante {E}", "{T} de {S}, {O}, durante {E}"],
    titleAtEvent: "{T} durante {E}",
    offices: [
      ("Ministro dos Negócios Estrangeiros da República de {C}", ""),
      ("Embaixador de {C} em {D}", ""),
      ("Secretário-Geral da União de {C}", ""), ("Presidente da República de {C}", ""),
    ],
    shortOffices: ["o Ministro", "o Embaixador", "o Secretário-Geral", "o Presidente"],
    honorifics: [("Sr.", ""), ("Sra.", ""), ("Dr.", ""), ("S. Exa.", ""), ("", "")],
    event: "a abertura do Fórum {F} sobre a Água",
    capitals: [
      ("Lisboa", "Portugal"), ("Brasília", "Brasil"), ("Luanda", "Angola"),
      ("Maputo", "Moçambique"),
    ],
    placeDate: "{P}, {DATE}", labels: ("Data:", "Local:", "Orador:"),
    deliveryNote: "Faz fé a versão proferida",
    salutation: "Senhoras e senhores,", addressing: "Excelentíssimo Senhor Ministro {A},",
    body: [
      "É uma honra abrir este fórum dedicado ao futuro dos nossos rios e das nossas cidades.",
      "Na última década, as nossas regiões aprenderam que a água não conhece fronteiras.",
      "Agricultores, engenheiros e autarcas mostraram-nos quanto se pode fazer quando partilhamos "
        + "o que sabemos.",
      "Deixemos esta cidade com compromissos de que os nossos filhos se orgulhem.",
    ],
    closing: "Muito obrigado.",
    historical:
      "Em {HDATE}, os nossos antecessores assinaram a primeira carta sobre os rios partilhados.")
}
