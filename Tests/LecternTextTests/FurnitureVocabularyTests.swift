import Testing

@testable import LecternText

/// The page-furniture words of the language files (`[furniture-links]`, `[furniture-notes]`,
/// `[page-labels]`) in the languages of the pages users copy: a widget, banner or label line in
/// the page's own language is dropped wherever it stands in the address, and a sentence of the
/// address that opens with the same words is spoken. The pages are written for this test.
@Suite struct FurnitureVocabularyTests {
  /// A short address in one language: its furniture lines and the sentences that look like them.
  struct Case: Sendable, CustomStringConvertible {
    var language: String
    var title: String
    var opening: String
    var furniture: [String]
    var lookalikes: [String]
    var closing: String

    var description: String { language }

    /// The page: the title, then the opening sentence, then each furniture line followed by
    /// its look-alike sentence, then the closing sentence, paragraphs apart.
    var lines: [String] {
      var lines = [title, "", opening]
      for (line, sentence) in zip(furniture, lookalikes) {
        lines += ["", line, "", sentence]
      }
      return lines + ["", closing]
    }

    /// The 1-based line numbers of the furniture lines.
    var furnitureLines: Set<Int> {
      Set(furniture.indices.map { 6 + 4 * $0 - 1 })
    }
  }

  static let cases: [Case] = [
    Case(
      language: "fr", title: "Discours de la ministre devant les maires de France",
      opening:
        "Mesdames et messieurs, je suis heureuse d’être parmi vous ce matin pour parler de nos communes.",
      furniture: [
        "Envoyer par courriel", "Ce contenu est archivé", "Mis en ligne le : 12 mars 2024",
      ],
      lookalikes: [
        "Envoyer par courriel nos propositions ne suffira pas, il faudra les défendre ensemble.",
        "Ce contenu est archivé dans nos mémoires, et il nous oblige à agir sans attendre.",
        "Mis en ligne le premier jour, ce registre a déjà changé la vie de milliers de familles.",
      ],
      closing: "Je vous remercie de votre attention et de votre engagement pour nos territoires."),
    Case(
      language: "es", title: "Intervención del ministro en la clausura del foro regional",
      opening:
        "Buenos días a todos, es un honor acompañarles en la clausura de este foro tan importante.",
      furniture: ["Galería de fotos", "Enviar por correo electrónico", "Comentarios: 3"],
      lookalikes: [
        "Galería de fotos de familia es este país, que guarda en su memoria a todos sus hijos.",
        "Enviar por correo electrónico una queja no basta si nadie la responde con respeto.",
        "Comentarios como los de ayer nos recuerdan que el diálogo sigue siendo necesario.",
      ],
      closing: "Muchas gracias por su atención y mucho éxito en los trabajos que vienen."),
    Case(
      language: "ru", title: "Выступление министра на заседании коллегии министерства",
      opening:
        "Уважаемые коллеги, сегодня мы подводим итоги работы за прошедший год и обсуждаем планы.",
      furniture: ["Размер шрифта", "Фотогалерея", "Просмотров: 1520"],
      lookalikes: [
        "Размер шрифта в документах не важен, важна суть решений, которые мы принимаем вместе.",
        "Фотогалерея нашей истории богата, но мы должны думать прежде всего о будущем страны.",
        "Просмотров документов стало больше, и это значит, что граждане следят за нашей работой.",
      ],
      closing: "Благодарю вас за внимание и желаю всем нам успехов в новом году."),
    Case(
      language: "ar", title: "كلمة الوزير في افتتاح المؤتمر الإقليمي للتعاون الأمني",
      opening:
        "أيها السيدات والسادة، يسعدني أن أرحب بكم جميعا في افتتاح هذا المؤتمر المهم للتعاون بين بلداننا.",
      furniture: ["حجم الخط", "هذا المحتوى مؤرشف", "عدد المشاهدات: 1520"],
      lookalikes: [
        "حجم الخط الذي كتبت به الاتفاقية لا يهم كثيرا، بل يهم ما تحمله من التزامات واضحة.",
        "هذا المحتوى مؤرشف في ذاكرة شعوبنا، وهو يدعونا إلى العمل المشترك دون تأخير.",
        "عدد المشاهدات الميدانية التي قمنا بها هذا العام يفوق ما قمنا به في الأعوام السابقة.",
      ],
      closing: "وفي الختام، أشكركم على حسن الاستماع، وأتمنى لأعمال مؤتمرنا كل النجاح والتوفيق."),
    Case(
      language: "zh", title: "外交部长在国际合作论坛开幕式上的讲话",
      opening: "女士们，先生们，朋友们，很高兴在这里与大家见面，共同探讨国际合作的未来。",
      furniture: ["【字体：大 中 小】", "相关报道", "浏览量：1520"],
      lookalikes: [
        "字体的变化反映了时代的变迁，而合作的精神始终没有改变。",
        "相关报道显示，过去一年我们的合作成果丰硕，惠及各国人民。",
        "浏览量不断增加的网站说明，越来越多的年轻人关心国际事务。",
      ],
      closing: "最后，预祝本次论坛取得圆满成功，谢谢大家。"),
    Case(
      language: "de", title: "Rede des Bundesministers beim Empfang der Handelskammer",
      opening: "Sehr geehrte Damen und Herren, ich freue mich sehr, heute Abend bei Ihnen zu sein.",
      furniture: ["Schriftgröße", "Bildergalerie", "Aufrufe: 1520"],
      lookalikes: [
        "Schriftgröße und Papier sind nebensächlich, auf den Inhalt unserer Verträge kommt es an.",
        "Bildergalerie und Museum zugleich ist diese Stadt, die ihre Geschichte nie vergessen hat.",
        "Aufrufe zur Zusammenarbeit haben wir genug gehört, jetzt müssen wir endlich handeln.",
      ],
      closing: "Ich danke Ihnen für Ihre Aufmerksamkeit und wünsche uns allen einen schönen Abend."),
    Case(
      language: "pt", title: "Discurso do ministro na abertura do seminário internacional",
      opening:
        "Senhoras e senhores, é com grande satisfação que participo da abertura deste seminário.",
      furniture: ["Tamanho da fonte", "Galeria de fotos", "Visualizações: 1520"],
      lookalikes: [
        "Tamanho da fonte de financiamento importa menos do que a sua regularidade ao longo dos anos.",
        "Galeria de fotos de família é o que este país guarda na memória de cada cidadão.",
        "Visualizações de dados como estas ajudam a compreender os desafios que temos pela frente.",
      ],
      closing: "Muito obrigado pela atenção e bom trabalho a todos os participantes."),
  ]

  @Test(arguments: cases)
  func furnitureInThePagesLanguageIsDroppedAndLookalikeSentencesSpoken(_ page: Case) {
    let plan = LanguageTestSupport.planner.plan(
      Document(name: "furniture-\(page.language)", text: page.lines.joined(separator: "\n")))
    let dropped = Set(plan.dropped.filter { !$0.fragment }.map(\.line))
    #expect(page.furnitureLines.isSubset(of: dropped), "\(plan.dropped)")
    let spoken = plan.parts.filter { $0.kind != .intro }.flatMap(\.utterances).map(\.text)
    let text = squeezed(spoken.joined())
    for sentence in page.lookalikes + [page.opening, page.closing] {
      #expect(text.contains(squeezed(sentence)), "not spoken: \(sentence)")
    }
  }

  private func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}
