import LecternText

extension RenderPlan {
  /// A plan of English paragraphs, one utterance each, all spoken by `speaker`.
  static func paragraphs(_ texts: [String], document: String) -> RenderPlan {
    RenderPlan(
      document: document, language: "en",
      parts: texts.enumerated().map { index, text in
        Part(
          id: "\(index + 1)", kind: .paragraph,
          utterances: [
            Utterance(
              id: "\(index + 1).1", text: text,
              spans: [Span(text: text, spoken: text, lang: "en", voice: "speaker")])
          ])
      })
  }
}
