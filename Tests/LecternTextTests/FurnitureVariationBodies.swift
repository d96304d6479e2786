/// The address of each page the furniture-variation suite builds: invented but natural
/// sentences in one language (a harbour opened in a town no list names), with its headline,
/// salutations and closing; and the lines of a page's text that look like furniture but are
/// the address's own (look-alikes), which must stay spoken.
struct VariationBody: Sendable {
  var headline: String
  var salutations: [String]
  /// Paragraphs of two sentences each.
  var paragraphs: [[String]]
  var closing: String
  /// A caption of the harbour's photo: a phrase without a final stop.
  var caption: String
  /// Teaser titles of a site's other articles; "%@" is an invented name.
  var teasers: [String]
  /// Look-alikes: a one-line paragraph, a sentence with a date, one with a count of visitors,
  /// one quoting a title, one thanking people by name, and three numbered points.
  var short, dated, counted, quoted, thanks: String
  var points: [String]

  /// The bodies, by language.
  static let all: [String: VariationBody] = [
    "en": VariationBody(
      headline: "Address by Mayor Odran Veskel at the opening of the Brivonne river harbour",
      salutations: ["Excellencies,", "Ladies and gentlemen,"],
      paragraphs: [
        [
          "It is a great pleasure to welcome you to Brivonne for the opening of the new river harbour.",
          "Many of you have travelled a long way to be with us this morning.",
        ],
        [
          "For three years the workers of this town have built the quays, the bridges and the warehouses that you see around you.",
          "Their patience and skill deserve our warmest gratitude.",
        ],
        [
          "The harbour will bring trade back to the valley and give our young people a reason to stay.",
          "We have also planted two hundred trees along the river banks.",
        ],
        [
          "Let us keep working together so that the barges sail again every spring.",
          "I look forward to meeting many of you during the day.",
        ],
      ],
      closing: "Thank you.", caption: "The mayor with the harbour workers on the new quay",
      teasers: [
        "%@ opens a new school in the valley", "Barges return to the northern quays",
        "%@ plans two bridges over the river",
      ],
      short: "We are proud of them.",
      dated: "On 12 March 2021 the first barge reached the quay at 14:07.",
      counted: "More than 1,234 people have visited the quays since May.",
      quoted: "As the old song “The River Remembers” says, water always finds its way home.",
      thanks: "I thank Minister Ilse Marrow, Director Tomas Quill and Captain Sela Brun.",
      points: [
        "1. The quays will be open to every boat of the valley.",
        "2. The warehouses will be rented at a fair price.",
        "3. The river banks will stay green and public.",
      ]),
    "fr": VariationBody(
      headline: "Discours du maire Odran Veskel à l’ouverture du port fluvial de Brivonne",
      salutations: ["Mesdames et Messieurs les ambassadeurs,", "Chers amis,"],
      paragraphs: [
        [
          "C’est un grand plaisir de vous accueillir à Brivonne pour l’ouverture du nouveau port fluvial.",
          "Beaucoup d’entre vous ont fait un long voyage pour être avec nous ce matin.",
        ],
        [
          "Depuis trois ans, les ouvriers de cette ville construisent les quais, les ponts et les entrepôts que vous voyez autour de vous.",
          "Leur patience et leur savoir-faire méritent toute notre gratitude.",
        ],
        [
          "Le port ramènera le commerce dans la vallée et donnera à nos jeunes une raison de rester.",
          "Nous avons aussi planté deux cents arbres le long des berges.",
        ],
        [
          "Continuons à travailler ensemble pour que les péniches reviennent chaque printemps.",
          "Je me réjouis de rencontrer beaucoup d’entre vous au cours de la journée.",
        ],
      ],
      closing: "Merci.", caption: "Le maire avec les ouvriers du port sur le nouveau quai",
      teasers: [
        "%@ inaugure une nouvelle école dans la vallée", "Les péniches reviennent sur les quais",
        "%@ prévoit deux ponts sur le fleuve",
      ],
      short: "Nous sommes fiers d’eux.",
      dated: "Le 12 mars 2021, la première péniche a atteint le quai à 14 h 07.",
      counted: "Plus de 1 234 personnes ont visité les quais depuis le mois de mai.",
      quoted:
        "Comme le dit la vieille chanson « Le fleuve se souvient », l’eau retrouve toujours son chemin.",
      thanks:
        "Je remercie la ministre Ilse Marrow, le directeur Tomas Quill et la capitaine Sela Brun.",
      points: [
        "1. Les quais seront ouverts à tous les bateaux de la vallée.",
        "2. Les entrepôts seront loués à un prix juste.",
        "3. Les berges resteront vertes et publiques.",
      ]),
    "es": VariationBody(
      headline: "Discurso del alcalde Odran Veskel en la apertura del puerto fluvial de Brivona",
      salutations: ["Excelentísimos señores embajadores,", "Queridos amigos:"],
      paragraphs: [
        [
          "Es un gran placer darles la bienvenida a Brivona para la apertura del nuevo puerto fluvial.",
          "Muchos de ustedes han viajado desde muy lejos para estar con nosotros esta mañana.",
        ],
        [
          "Durante tres años, los trabajadores de esta ciudad han construido los muelles, los puentes y los almacenes que ven a su alrededor.",
          "Su paciencia y su destreza merecen nuestro más sincero agradecimiento.",
        ],
        [
          "El puerto devolverá el comercio al valle y dará a nuestros jóvenes una razón para quedarse.",
          "También hemos plantado doscientos árboles a lo largo de las orillas del río.",
        ],
        [
          "Sigamos trabajando juntos para que las barcazas vuelvan a navegar cada primavera.",
          "Espero conversar con muchos de ustedes durante la jornada.",
        ],
      ],
      closing: "Muchas gracias.",
      caption: "El alcalde con los trabajadores del puerto en el nuevo muelle",
      teasers: [
        "%@ inaugura una nueva escuela en el valle", "Las barcazas vuelven a los muelles del norte",
        "%@ planea dos puentes sobre el río",
      ],
      short: "Estamos orgullosos de ellos.",
      dated: "El 12 de marzo de 2021 la primera barcaza llegó al muelle a las 14:07.",
      counted: "Más de 1.234 personas han visitado los muelles desde mayo.",
      quoted: "Como dice la vieja canción «El río recuerda», el agua siempre encuentra su camino.",
      thanks:
        "Agradezco a la ministra Ilse Marrow, al director Tomas Quill y a la capitana Sela Brun.",
      points: [
        "1. Los muelles estarán abiertos a todas las embarcaciones del valle.",
        "2. Los almacenes se alquilarán a un precio justo.",
        "3. Las orillas del río seguirán siendo verdes y públicas.",
      ]),
    "ar": VariationBody(
      headline: "كلمة رئيس البلدية أودران فيسكل في افتتاح ميناء بريفون النهري",
      salutations: ["أصحاب السعادة،", "السيدات والسادة،"],
      paragraphs: [
        [
          "يسعدني أن أرحب بكم في مدينة بريفون لافتتاح الميناء النهري الجديد.",
          "لقد جاء كثير منكم من مسافات بعيدة ليكونوا معنا هذا الصباح.",
        ],
        [
          "على مدى ثلاث سنوات بنى عمال هذه المدينة الأرصفة والجسور والمخازن التي ترونها حولكم.",
          "إن صبرهم ومهارتهم يستحقان منا كل الشكر والتقدير.",
        ],
        [
          "سيعيد الميناء التجارة إلى الوادي وسيمنح شبابنا سببا للبقاء في مدينتهم.",
          "وقد زرعنا أيضا مئتي شجرة على ضفتي النهر.",
        ],
        [
          "فلنواصل العمل معا حتى تعود المراكب إلى الإبحار في كل ربيع.",
          "وأتطلع إلى لقاء الكثيرين منكم خلال هذا اليوم.",
        ],
      ],
      closing: "وشكرا لكم.", caption: "رئيس البلدية مع عمال الميناء على الرصيف الجديد",
      teasers: [
        "%@ يفتتح مدرسة جديدة في الوادي", "عودة المراكب إلى الأرصفة الشمالية",
        "%@ يخطط لبناء جسرين فوق النهر",
      ],
      short: "نحن فخورون بهم.",
      dated: "في 12 مارس 2021 وصل أول مركب إلى الرصيف في الساعة 14:07.",
      counted: "زار أكثر من 1234 شخصا الأرصفة منذ شهر مايو.",
      quoted: "وكما تقول الأغنية القديمة «النهر يتذكر»، فإن الماء يجد طريقه دائما.",
      thanks: "أشكر الوزيرة إلسه مارو والمدير توماس كويل والقبطانة سيلا برون.",
      points: [
        "1. ستكون الأرصفة مفتوحة لكل مراكب الوادي.",
        "2. ستؤجر المخازن بسعر عادل.",
        "3. ستبقى ضفاف النهر خضراء ومفتوحة للجميع.",
      ]),
  ]
}
