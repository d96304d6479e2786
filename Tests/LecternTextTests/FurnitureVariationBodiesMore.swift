/// The suite's addresses in Russian, Chinese, German and Portuguese (see ``VariationBody``).
extension VariationBody {
  /// The bodies of the second four languages.
  static let more: [String: VariationBody] = [
    "ru": VariationBody(
      headline: "Выступление мэра Одрана Вескеля на открытии речного порта Бривонны",
      salutations: ["Уважаемые дамы и господа!", "Дорогие друзья!"],
      paragraphs: [
        [
          "Я рад приветствовать вас в Бривонне на открытии нового речного порта.",
          "Многие из вас проделали долгий путь, чтобы быть с нами этим утром.",
        ],
        [
          "Три года рабочие нашего города строили причалы, мосты и склады, которые вы видите "
            + "вокруг.",
          "Их терпение и мастерство заслуживают нашей самой искренней благодарности.",
        ],
        [
          "Порт вернёт торговлю в долину и даст нашей молодёжи причину остаться дома.",
          "Мы также посадили двести деревьев вдоль берегов реки.",
        ],
        [
          "Давайте и дальше работать вместе, чтобы баржи каждую весну снова выходили в плавание.",
          "Я надеюсь встретиться со многими из вас в течение дня.",
        ],
      ],
      closing: "Спасибо за внимание!", caption: "Мэр с рабочими порта на новом причале",
      teasers: [
        "%@ открыл новую школу в долине", "Баржи возвращаются к северным причалам",
        "%@ планирует два моста через реку",
      ],
      short: "Мы гордимся ими.",
      dated: "12 марта 2021 года первая баржа подошла к причалу в 14:07.",
      counted: "С мая причалы посетили более 1234 человек.",
      quoted: "Как поётся в старой песне «Река помнит», вода всегда находит дорогу домой.",
      thanks: "Я благодарю министра Ильзе Марроу, директора Томаса Квилла и капитана Селу Брун.",
      points: [
        "1. Причалы будут открыты для всех судов долины.",
        "2. Склады будут сдаваться по справедливой цене.",
        "3. Берега реки останутся зелёными и общими.",
      ]),
    "zh": VariationBody(
      headline: "奥德兰·维斯克尔市长在布里沃纳内河港开港仪式上的致辞",
      salutations: ["尊敬的各位来宾：", "女士们、先生们："],
      paragraphs: [
        [
          "我很高兴欢迎大家来到布里沃纳，参加新内河港口的开港仪式。",
          "你们当中很多人远道而来，今天上午和我们在一起。",
        ],
        [
          "三年来，这座城市的工人们建成了大家身边的码头、桥梁和仓库。",
          "他们的耐心和技艺值得我们衷心感谢。",
        ],
        ["港口将把贸易带回山谷，也让我们的年轻人有理由留在家乡。", "我们还在河岸两旁种下了两百棵树。"],
        ["让我们继续携手努力，让驳船每年春天重新启航。", "我期待在今天与各位深入交流。"],
      ],
      closing: "谢谢大家！", caption: "市长与港口工人在新码头上",
      teasers: ["%@在山谷开办新学校", "驳船重返北方码头", "%@计划在河上修建两座桥"],
      short: "我们为他们感到自豪。", dated: "2021年3月12日14时07分，第一艘驳船抵达码头。",
      counted: "自五月以来，已有1234人参观了码头。",
      quoted: "正如老歌《河流记得》所唱，流水总能找到回家的路。",
      thanks: "我感谢伊尔泽·马罗部长、托马斯·奎尔主任和塞拉·布伦船长。",
      points: [
        "1. 码头将向山谷里的每一条船开放。", "2. 仓库将以公平的价格出租。",
        "3. 河岸将保持绿色，向公众开放。",
      ]),
    "de": VariationBody(
      headline: "Rede von Bürgermeister Odran Veskel zur Eröffnung des Flusshafens Brivonne",
      salutations: ["Sehr geehrte Damen und Herren,", "liebe Freunde,"],
      paragraphs: [
        [
          "Es ist mir eine große Freude, Sie zur Eröffnung des neuen Flusshafens in Brivonne zu "
            + "begrüßen.",
          "Viele von Ihnen haben einen weiten Weg auf sich genommen, um heute bei uns zu sein.",
        ],
        [
          "Drei Jahre lang haben die Arbeiter dieser Stadt die Kais, die Brücken und die "
            + "Lagerhäuser gebaut, die Sie um sich herum sehen.",
          "Ihre Geduld und ihr Können verdienen unseren herzlichsten Dank.",
        ],
        [
          "Der Hafen wird den Handel in das Tal zurückbringen und unseren jungen Menschen einen "
            + "Grund geben, zu bleiben.",
          "Wir haben außerdem zweihundert Bäume entlang der Ufer gepflanzt.",
        ],
        [
          "Lassen Sie uns weiter zusammenarbeiten, damit die Lastkähne jeden Frühling wieder "
            + "fahren.",
          "Ich freue mich darauf, im Laufe des Tages viele von Ihnen zu treffen.",
        ],
      ],
      closing: "Vielen Dank.", caption: "Der Bürgermeister mit den Hafenarbeitern am neuen Kai",
      teasers: [
        "%@ eröffnet eine neue Schule im Tal", "Lastkähne kehren an die nördlichen Kais zurück",
        "%@ plant zwei Brücken über den Fluss",
      ],
      short: "Wir sind stolz auf sie.",
      dated: "Am 12. März 2021 erreichte der erste Lastkahn um 14:07 Uhr den Kai.",
      counted: "Mehr als 1.234 Menschen haben die Kais seit Mai besucht.",
      quoted: "Wie das alte Lied „Der Fluss erinnert sich“ sagt, findet das Wasser immer heim.",
      thanks: "Ich danke Ministerin Ilse Marrow, Direktor Tomas Quill und Kapitänin Sela Brun.",
      points: [
        "1. Die Kais werden für jedes Boot des Tals offen sein.",
        "2. Die Lagerhäuser werden zu einem fairen Preis vermietet.",
        "3. Die Ufer des Flusses bleiben grün und öffentlich.",
      ]),
    "pt": VariationBody(
      headline: "Discurso do prefeito Odran Veskel na inauguração do porto fluvial de Brivona",
      salutations: ["Senhoras e senhores embaixadores,", "Caros amigos,"],
      paragraphs: [
        [
          "É com grande prazer que os recebo em Brivona para a inauguração do novo porto "
            + "fluvial.",
          "Muitos de vocês fizeram uma longa viagem para estar conosco esta manhã.",
        ],
        [
          "Durante três anos, os trabalhadores desta cidade construíram os cais, as pontes e os "
            + "armazéns que veem à sua volta.",
          "A paciência e a habilidade deles merecem a nossa mais sincera gratidão.",
        ],
        [
          "O porto trará o comércio de volta ao vale e dará aos nossos jovens uma razão para "
            + "ficar.",
          "Também plantamos duzentas árvores ao longo das margens do rio.",
        ],
        [
          "Continuemos a trabalhar juntos para que as barcaças voltem a navegar em cada "
            + "primavera.",
          "Espero conversar com muitos de vocês ao longo do dia.",
        ],
      ],
      closing: "Muito obrigado.", caption: "O prefeito com os trabalhadores do porto no novo cais",
      teasers: [
        "%@ inaugura uma nova escola no vale", "As barcaças voltam aos cais do norte",
        "%@ planeja duas pontes sobre o rio",
      ],
      short: "Temos orgulho deles.",
      dated: "Em 12 de março de 2021, a primeira barcaça chegou ao cais às 14h07.",
      counted: "Mais de 1.234 pessoas visitaram os cais desde maio.",
      quoted: "Como diz a velha canção «O rio se lembra», a água sempre encontra o seu caminho.",
      thanks: "Agradeço à ministra Ilse Marrow, ao diretor Tomas Quill e à capitã Sela Brun.",
      points: [
        "1. Os cais estarão abertos a todos os barcos do vale.",
        "2. Os armazéns serão alugados a um preço justo.",
        "3. As margens do rio continuarão verdes e públicas.",
      ]),
  ]
}
