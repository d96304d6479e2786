/// The furniture words real pages print, in each language the furniture-variation suite tries:
/// links and buttons, labels, counters, notices. These are the classes that are about
/// vocabulary; the rules must know them from `voices/*.language`, so every language has them.
/// Shapes (menus, tags, names, numbers) are made of invented words instead
/// (``FurnitureInventor``).
struct PageWords: Sendable {
  var skip, search, home, contact, share, print, email: String
  /// A counter of views: "%d" is the number.
  var views: String
  var published, updated, by, writer, source, photo, tags: String
  var related, readMore, seeAlso, previous, next: String
  var rights, cookies, accept, terms, privacy: String
  /// "Page %d of %d".
  var pageOf: String
  var phone, fax, category: String
  /// The language's own name, in its own script (for language switchers).
  var ownName: String
  /// An advertisement's label, a reading time ("%d"), a count of comments ("%d"), a
  /// newsletter's call, an audio player's link, and a date with its time as the language
  /// writes it.
  var advert = "", readingTime = "", comments = "", newsletter = "", listen = "", written = ""

  /// The words, by language.
  static let all: [String: PageWords] = [
    "en": PageWords(
      skip: "Skip to main content", search: "Search", home: "Home", contact: "Contact",
      share: "Share", print: "Print", email: "Email", views: "%d views", published: "Published:",
      updated: "Updated %d hours ago", by: "By", writer: "staff writer", source: "Source:",
      photo: "Photo:", tags: "Tags:", related: "Related articles", readMore: "Read more",
      seeAlso: "See also", previous: "Previous", next: "Next", rights: "All rights reserved.",
      cookies: "This site uses cookies to improve your experience.", accept: "Accept",
      terms: "Terms of use", privacy: "Privacy", pageOf: "Page %d of %d", phone: "Tel.",
      fax: "Fax", category: "Category:", ownName: "English"),
    "fr": PageWords(
      skip: "Aller au contenu principal", search: "Rechercher", home: "Accueil",
      contact: "Contact", share: "Partager", print: "Imprimer", email: "Envoyer par courriel",
      views: "%d vues", published: "Publié le", updated: "Mis à jour il y a %d heures",
      by: "Par", writer: "journaliste", source: "Source :", photo: "Photo :",
      tags: "Mots-clés :", related: "Articles liés", readMore: "Lire la suite",
      seeAlso: "Voir aussi", previous: "Précédent", next: "Suivant",
      rights: "Tous droits réservés.",
      cookies: "Ce site utilise des cookies pour améliorer votre expérience.",
      accept: "Accepter", terms: "Mentions légales", privacy: "Confidentialité",
      pageOf: "Page %d sur %d", phone: "Tél.", fax: "Fax", category: "Catégorie :",
      ownName: "Français"),
    "es": PageWords(
      skip: "Saltar al contenido principal", search: "Buscar", home: "Inicio",
      contact: "Contacto", share: "Compartir", print: "Imprimir", email: "Enviar por correo",
      views: "%d visitas", published: "Publicado:", updated: "Actualizado hace %d horas",
      by: "Por", writer: "redactora", source: "Fuente:", photo: "Foto:", tags: "Etiquetas:",
      related: "Noticias relacionadas", readMore: "Leer más", seeAlso: "Véase también",
      previous: "Anterior", next: "Siguiente", rights: "Todos los derechos reservados.",
      cookies: "Este sitio utiliza cookies para mejorar su experiencia.", accept: "Aceptar",
      terms: "Aviso legal", privacy: "Privacidad", pageOf: "Página %d de %d", phone: "Tel.",
      fax: "Fax", category: "Categoría:", ownName: "Español"),
    "ar": PageWords(
      skip: "انتقل إلى المحتوى الرئيسي", search: "بحث", home: "الرئيسية", contact: "اتصل بنا",
      share: "شارك", print: "طباعة", email: "أرسل بالبريد الإلكتروني",
      views: "عدد المشاهدات: %d", published: "نشر في:", updated: "آخر تحديث منذ %d ساعات",
      by: "بقلم", writer: "محررة", source: "المصدر:", photo: "تصوير:",
      tags: "الكلمات المفتاحية:", related: "مقالات ذات صلة", readMore: "اقرأ المزيد",
      seeAlso: "انظر أيضا", previous: "السابق", next: "التالي", rights: "جميع الحقوق محفوظة",
      cookies: "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", accept: "موافق",
      terms: "شروط الاستخدام", privacy: "سياسة الخصوصية", pageOf: "صفحة %d من %d",
      phone: "هاتف:", fax: "فاكس:", category: "التصنيف:", ownName: "العربية"),
    "ru": PageWords(
      skip: "Перейти к основному содержанию", search: "Поиск", home: "Главная",
      contact: "Контакты", share: "Поделиться", print: "Версия для печати",
      email: "Отправить по почте", views: "Просмотров: %d", published: "Опубликовано:",
      updated: "Обновлено %d часа назад", by: "Автор:", writer: "корреспондент",
      source: "Источник:", photo: "Фото:", tags: "Теги:", related: "Читайте также",
      readMore: "Подробнее", seeAlso: "См. также", previous: "Предыдущая", next: "Следующая",
      rights: "Все права защищены.",
      cookies: "Этот сайт использует файлы cookie для улучшения работы.", accept: "Принять",
      terms: "Условия использования", privacy: "Политика конфиденциальности",
      pageOf: "Страница %d из %d", phone: "Тел.:", fax: "Факс:", category: "Рубрика:",
      ownName: "Русский"),
    "zh": PageWords(
      skip: "跳转到主要内容", search: "搜索", home: "首页", contact: "联系我们", share: "分享",
      print: "打印", email: "发送邮件", views: "阅读次数：%d", published: "发布时间：",
      updated: "%d小时前更新", by: "作者：", writer: "记者", source: "来源：", photo: "摄影：",
      tags: "标签：", related: "相关文章", readMore: "阅读全文", seeAlso: "另见",
      previous: "上一篇", next: "下一篇", rights: "版权所有",
      cookies: "本网站使用Cookie以改善您的体验。", accept: "接受", terms: "使用条款",
      privacy: "隐私政策", pageOf: "第%d页 共%d页", phone: "电话：", fax: "传真：",
      category: "栏目：", ownName: "中文"),
    "de": PageWords(
      skip: "Zum Hauptinhalt springen", search: "Suche", home: "Startseite", contact: "Kontakt",
      share: "Teilen", print: "Drucken", email: "Per E-Mail senden", views: "%d Aufrufe",
      published: "Veröffentlicht am", updated: "Aktualisiert vor %d Stunden", by: "Von",
      writer: "Redakteurin", source: "Quelle:", photo: "Foto:", tags: "Schlagwörter:",
      related: "Ähnliche Artikel", readMore: "Weiterlesen", seeAlso: "Siehe auch",
      previous: "Zurück", next: "Weiter", rights: "Alle Rechte vorbehalten.",
      cookies: "Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern.",
      accept: "Akzeptieren", terms: "Nutzungsbedingungen", privacy: "Datenschutz",
      pageOf: "Seite %d von %d", phone: "Tel.", fax: "Fax", category: "Kategorie:",
      ownName: "Deutsch"),
    "pt": PageWords(
      skip: "Ir para o conteúdo principal", search: "Pesquisar", home: "Início",
      contact: "Contato", share: "Compartilhar", print: "Imprimir", email: "Enviar por e-mail",
      views: "%d visualizações", published: "Publicado em", updated: "Atualizado há %d horas",
      by: "Por", writer: "redatora", source: "Fonte:", photo: "Foto:", tags: "Tags:",
      related: "Notícias relacionadas", readMore: "Leia mais", seeAlso: "Veja também",
      previous: "Anterior", next: "Próximo", rights: "Todos os direitos reservados.",
      cookies: "Este site utiliza cookies para melhorar a sua experiência.",
      accept: "Aceitar", terms: "Termos de uso", privacy: "Privacidade",
      pageOf: "Página %d de %d", phone: "Tel.", fax: "Fax", category: "Categoria:",
      ownName: "Português"),
  ]

  /// The words of `language`, with the words that came later.
  static func of(_ language: String) -> PageWords {
    guard var words = all[language], let later = later[language] else {
      fatalError("no page words in \(language)")
    }
    (words.advert, words.readingTime, words.comments) = (later[0], later[1], later[2])
    (words.newsletter, words.listen, words.written) = (later[3], later[4], later[5])
    return words
  }

  /// Advertisement, reading time, comments, newsletter, listen, written date and time.
  static let later: [String: [String]] = [
    "en": [
      "Advertisement", "%d min read", "%d comments", "Subscribe to our newsletter",
      "Listen to this article", "12 March 2021, 14:07",
    ],
    "fr": [
      "Publicité", "Lecture : %d min", "%d commentaires",
      "Abonnez-vous à notre lettre d’information", "Écouter cet article",
      "12 mars 2021 à 14h07",
    ],
    "es": [
      "Publicidad", "Lectura: %d min", "%d comentarios", "Suscríbase a nuestro boletín",
      "Escuchar este artículo", "12 de marzo de 2021, 14:07",
    ],
    "ar": [
      "إعلان", "وقت القراءة: %d دقائق", "%d تعليقات", "اشترك في نشرتنا الإخبارية",
      "استمع إلى المقال", "١٢ مارس ٢٠٢١ - ١٤:٠٧",
    ],
    "ru": [
      "Реклама", "Время чтения: %d мин", "Комментарии: %d", "Подпишитесь на нашу рассылку",
      "Слушать статью", "12 марта 2021, 14:07",
    ],
    "zh": ["广告", "阅读时间：%d分钟", "评论（%d）", "订阅我们的新闻通讯", "收听本文", "2021年03月12日 14:07"],
    "de": [
      "Anzeige", "Lesezeit: %d Min.", "%d Kommentare", "Abonnieren Sie unseren Newsletter",
      "Artikel anhören", "12. März 2021, 14:07 Uhr",
    ],
    "pt": [
      "Publicidade", "Leitura: %d min", "%d comentários", "Assine a nossa newsletter",
      "Ouvir este artigo", "12 de março de 2021, 14h07",
    ],
  ]

  /// "%d" replaced by the numbers, in order.
  static func filled(_ template: String, _ numbers: Int...) -> String {
    var text = template
    for number in numbers {
      guard let range = text.range(of: "%d") else { break }
      text.replaceSubrange(range, with: String(number))
    }
    return text
  }
}
