import LecternText

extension RenderPlan {
  /// A plan of paragraphs in `language` (English), one utterance each, all spoken by `voice`
  /// (`speaker`).
  static func paragraphs(
    _ texts: [String], document: String, language: String = "en", voice: String = "speaker"
  ) -> RenderPlan {
    RenderPlan(
      document: document, language: language,
      parts: texts.enumerated().map { index, text in
        Part(
          id: "\(index + 1)", kind: .paragraph,
          utterances: [
            Utterance(
              id: "\(index + 1).1", text: text,
              spans: [Span(text: text, spoken: text, lang: language, voice: voice)])
          ])
      })
  }
}
