import Testing

@testable import LecternText

/// A site's cookie banner is often one sentence that opens with the reader's consent by
/// browsing on ("By continuing to use this site, you agree …", "En continuant à naviguer sur
/// ce site, vous acceptez …") rather than with the site's own use of cookies; above an address
/// it is furniture in every language with a file, as the banner that opens with the site's use
/// is. A reading-time stamp written "Read time: 4 mins" is furniture like "5 min read". The
/// addresses are invented; only the banners' and stamps' words are the files'.
@Suite struct ConsentBannerTests {
  /// A page's language, an invented sentence of its address, and its banner or stamp.
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var body: String
    var banner: String
    var description: String { language }
  }

  static let cases: [Case] = [
    Case(
      language: "en",
      body: "The river towns of Velmar have rebuilt their docks after the floods of last spring.",
      banner: "By continuing to use this site, you agree to our use of cookies."),
    Case(
      language: "en",
      body: "The river towns of Velmar have rebuilt their docks after the floods of last spring.",
      banner: "Read time: 4 mins"),
    Case(
      language: "fr",
      body: "Les villes du fleuve de Velmar ont reconstruit leurs quais après les crues.",
      banner:
        "En continuant à naviguer sur ce site, vous acceptez l'utilisation de cookies pour "
        + "mesurer l'audience."),
    Case(
      language: "es",
      body:
        "Los pueblos del río de Velmar han reconstruido sus muelles después de las inundaciones.",
      banner: "Si continúa navegando por este sitio, consideramos que acepta el uso de cookies."),
    Case(
      language: "ru",
      body: "Города на реке Велмар восстановили свои причалы после весеннего наводнения.",
      banner: "Продолжая использовать сайт, вы соглашаетесь на обработку файлов cookie."),
    Case(
      language: "de",
      body: "Die Städte am Fluss Velmar haben ihre Anleger nach dem Hochwasser wieder aufgebaut.",
      banner: "Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu."),
    Case(
      language: "pt",
      body: "As cidades do rio Velmar reconstruíram os seus cais depois das cheias da primavera.",
      banner: "Se continuar a navegar neste site, aceita a utilização de cookies."),
    Case(
      language: "ar",
      body: "أعادت مدن نهر فلمار بناء أرصفتها بعد فيضانات الربيع الماضي.",
      banner: "باستمرارك في تصفح هذا الموقع، فإنك توافق على استخدام ملفات تعريف الارتباط."),
  ]

  @Test(arguments: cases)
  func theBannerAboveTheAddressIsDropped(_ page: Case) {
    let lines = [page.banner, page.body, page.body]
    let plan = LanguageTestSupport.planPage(lines.flatMap { [$0, ""] })
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    #expect(spoken == [page.body, page.body], "\(plan.dropped)")
    #expect(plan.dropped.map(\.text).contains(page.banner), "\(plan.dropped)")
  }
}
