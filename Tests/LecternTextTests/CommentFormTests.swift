import Testing

@testable import LecternText

/// A blog or news page under an address ends with its comment form: a "leave a reply" link,
/// the notice that the reader's e-mail address will not be published (a sentence, in the
/// page's language), a button. In every language with a file, that tail is dropped and the
/// address ends where it ended; the page's text-size widget above it is dropped too. The
/// addresses are invented; only the forms' words are the files'.
@Suite struct CommentFormTests {
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var body: String
    var widget: String
    var reply: String
    var notice: String
    var description: String { language }
  }

  static let cases: [Case] = [
    Case(
      language: "en",
      body: "The river towns of Velmar have rebuilt their docks after the floods of last spring.",
      widget: "Font size: A A A", reply: "Leave a Reply",
      notice: "Your email address will not be published. Required fields are marked *"),
    Case(
      language: "fr",
      body: "Les villes du fleuve de Velmar ont reconstruit leurs quais après les crues.",
      widget: "Taille du texte : A A A", reply: "Laisser une réponse",
      notice:
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"),
    Case(
      language: "es",
      body:
        "Los pueblos del río de Velmar han reconstruido sus muelles después de las inundaciones.",
      widget: "Tamaño de letra: A A A", reply: "Deja una respuesta",
      notice:
        "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están "
        + "marcados con *"
    ),
    Case(
      language: "ru",
      body: "Города на реке Велмар восстановили свои причалы после весеннего наводнения.",
      widget: "Размер шрифта: A A A", reply: "Добавить комментарий",
      notice: "Ваш адрес email не будет опубликован. Обязательные поля помечены *"),
    Case(
      language: "ar",
      body: "أعادت مدن نهر فلمار بناء أرصفتها بعد فيضانات الربيع الماضي.",
      widget: "حجم الخط: A A A", reply: "اترك ردا",
      notice: "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"),
    Case(
      language: "zh", body: "沿河各个城镇在去年春天的洪水之后重建了码头。", widget: "字号：大 中 小",
      reply: "发表回复", notice: "您的电子邮箱地址不会被公开。 必填项已用*标注"),
    Case(
      language: "de",
      body: "Die Städte am Fluss Velmar haben ihre Anleger nach dem Hochwasser wieder aufgebaut.",
      widget: "Schriftgröße: A A A", reply: "Schreibe einen Kommentar",
      notice:
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert"),
    Case(
      language: "pt",
      body: "As cidades do rio Velmar reconstruíram os seus cais depois das cheias da primavera.",
      widget: "Tamanho da fonte: A A A", reply: "Deixe um comentário",
      notice: "O seu endereço de email não será publicado. Campos obrigatórios são marcados com *"),
    Case(
      language: "id",
      body:
        "Kota-kota di tepi sungai Velmar telah membangun kembali dermaga mereka setelah banjir.",
      widget: "Ukuran huruf: A A A", reply: "Tinggalkan Balasan",
      notice: "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *"),
    Case(
      language: "nb",
      body: "Byene langs elven Velmar har bygget opp igjen bryggene sine etter flommen i vår.",
      widget: "Tekststørrelse: A A A", reply: "Legg igjen en kommentar",
      notice: "Din e-postadresse vil ikke bli publisert. Obligatoriske felt er merket med *"),
  ]

  @Test(arguments: cases)
  func theCommentFormAndTheTextSizeWidgetAreDropped(_ page: Case) {
    let lines = [page.widget, page.body, page.body, page.reply, page.notice]
    let plan = LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken == [page.body, page.body], "\(plan.dropped)")
    let dropped = plan.dropped.map(\.text)
    for line in [page.widget, page.reply, page.notice] {
      #expect(dropped.contains(line), "\(line) not dropped: \(dropped)")
    }
  }

  /// A comment form's prompts are sentences ("You are commenting using your account."), and a
  /// reader's comment under it too: after the form's heading, nothing is the address's.
  @Test(arguments: [
    ("en", "Leave a Reply", "You are commenting using your account. Log Out / Change )"),
    ("fr", "Laisser un commentaire", "Vous commentez à l’aide de votre compte. Déconnexion"),
    ("zh", "发表评论", "您正在使用您的账号评论。注销 / 更改"),
  ])
  func theFormsPromptsAfterItsHeadingAreDropped(language: String, heading: String, prompt: String) {
    guard let page = Self.cases.first(where: { $0.language == language }) else {
      Issue.record("no case for \(language)")
      return
    }
    let comment = "Thank you for these words, they gave our village of Tarvel new hope."
    let lines = [page.body, page.body, heading, prompt, comment]
    let plan = LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
    #expect(LanguageTestSupport.spoken(plan) == [page.body, page.body], "\(plan.dropped)")
  }

  /// The widgets a site prints under an article to report a typo ("Нашли ошибку? Выделите
  /// текст и нажмите Ctrl+Enter") or to rate the page ("Is this page useful?"), questions, do
  /// not extend the address to the related headline above them.
  @Test(arguments: [
    (
      "Города на реке Велмар восстановили свои причалы после весеннего наводнения.",
      "Читайте также", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"
    ),
    (
      "The river towns of Velmar have rebuilt their docks after the floods of last spring.",
      "Read also", "Found a typo? Select the text and press Ctrl+Enter"
    ),
    (
      "The river towns of Velmar have rebuilt their docks after the floods of last spring.",
      "Related content", "Is this page useful?"
    ),
    (
      "Les villes du fleuve de Velmar ont reconstruit leurs quais après les crues.",
      "À lire aussi", "Cette page vous a-t-elle été utile ?"
    ),
    (
      "Los pueblos del río de Velmar han reconstruido sus muelles después de las inundaciones.",
      "Noticias relacionadas", "¿Te ha resultado útil esta página?"
    ),
  ])
  func aTypoReportWidgetIsDropped(body: String, related: String, widget: String) {
    let lines = [body, related, "Brivonne opens a new ferry terminal", widget]
    let plan = LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
    let spoken = LanguageTestSupport.spoken(plan)
    #expect(spoken == [body], "\(plan.dropped)")
  }
}
