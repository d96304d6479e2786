import Foundation
import LecternLanguageID
import LecternText
import Testing

/// What `watch` and `preview` plan with (remembered answers, one part annotated) and what
/// the commands plan with (parts annotated on several threads) must give what a whole plan
/// on one thread gives.
@Suite struct PlanReuseTests {
  static let annotator = LanguageTestSupport.identifyingAnnotator

  /// The seed and a few real addresses in other languages, with switches.
  static let documents: [Document] = {
    let corpus = LanguageTestSupport.root + "/Tests/Corpus/"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []
    let picked = names.filter { $0.hasSuffix(".txt") }.sorted().enumerated()
      .filter { $0.offset % 13 == 0 }.map { corpus + $0.element }
    return ([LanguageTestSupport.root + "/seeds/interpol-csto-moscow-2019.txt"] + picked)
      .compactMap { try? Document.load(path: $0) }
  }()

  func planner(_ annotator: any LanguageAnnotating) -> Planner {
    Planner(annotator: annotator, languages: Self.annotator.languages)
  }

  @Test func rememberedAnswersGiveTheSamePlan() {
    let remembering = RememberingAnnotator(Self.annotator)
    #expect(Self.documents.count > 2)
    for document in Self.documents {
      let fresh = planner(Self.annotator).plan(document)
      #expect(planner(remembering).plan(document) == fresh, "\(document.name)")
      // Asked again, from memory.
      #expect(planner(remembering).plan(document) == fresh, "\(document.name)")
    }
  }

  @Test func plansOnSeveralThreadsAreTheSame() {
    for document in Self.documents {
      let alone = planner(Self.annotator).plan(document)
      for workers in [2, 5] {
        var shared = planner(Self.annotator)
        shared.workers = workers
        #expect(shared.plan(document) == alone, "\(document.name), \(workers) workers")
      }
    }
  }

  @Test func memoryHoldsTheLastPlansAnswersOnly() throws {
    let remembering = RememberingAnnotator(Self.annotator)
    let last = try #require(Self.documents.last)
    _ = planner(remembering).plan(last)
    remembering.forgetUnused()
    let alone = remembering.count
    #expect(alone > 0)
    for document in Self.documents {
      _ = planner(remembering).plan(document)
      remembering.forgetUnused()
    }
    #expect(remembering.count == alone)
  }

  @Test func onePartAnnotatedIsThatPartOfTheWholePlan() throws {
    for document in Self.documents {
      let whole = planner(Self.annotator).plan(document)
      // The intro, the opening, a paragraph, the last: each stands for its kind.
      let sample = whole.parts.enumerated().filter {
        $0.offset < 2 || $0.offset == whole.parts.count / 2 || $0.offset == whole.parts.count - 1
      }.map(\.element)
      for part in sample {
        var only = planner(Self.annotator)
        only.annotating = [part.id]
        let plan = only.plan(document)
        #expect(plan.part(id: part.id) == part, "\(document.name) \(part.id)")
        #expect(plan.parts.map(\.id) == whole.parts.map(\.id))
        #expect(
          plan.parts.map { $0.utterances.map(\.text) }
            == whole.parts.map { $0.utterances.map(\.text) })
        #expect(
          plan.parts.filter { $0.id != part.id }.allSatisfy {
            $0.utterances.allSatisfy(\.spans.isEmpty)
          })
      }
    }
  }
}
