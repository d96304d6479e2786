import Testing

@testable import LecternSpeech

/// Cutting calls at clause ends, joining the pieces' speech, and the engine fact it rests on.
extension SpeechTests {
  @Suite struct ClausePiecesTests {
    private func call(_ text: String, phonemes: Bool = false) -> SynthesisCall {
      SynthesisCall(text: text, voice: english, options: .init(endPause: false, phonemes: phonemes))
    }

    @Test func cutsAfterEachClauseEndAndItsSpace() {
      let pieces = call("Varnholt spoke, Dorvel listened;  and then: silence.").pieces
      #expect(
        pieces.map(\.call.text) == [
          "Varnholt spoke, ", "Dorvel listened;  ", "and then: ", "silence.",
        ])
      #expect(pieces.map(\.offset) == [0, 16, 34, 44])
      // Every piece but the last ends with the engine's clause pause; the last keeps the call's.
      #expect(pieces.map(\.call.options.endPause) == [true, true, true, false])
      #expect(pieces.allSatisfy { $0.call.voice == english })
    }

    @Test func cutsNothingThatIsNotAClauseEnd() {
      for text in [
        "Quelvoria counted 1,250 and 3:15 today.",  // no space after the mark
        "Varnholt said, “Dorvel is here.”",  // a quotation opens the next clause
        "Dorvel, ",  // nothing spoken after it
        ", Varnholt",  // nothing spoken before it
        "Varnholt (Dorvel), (Quelvoria)",
        "Yes, Dorvel.",  // narrower than the narrowest piece
      ] {
        #expect(call(text).pieces.map(\.call.text) == [text], "\(text)")
      }
    }

    @Test func neverCutsInsidePhonemes() {
      let text = "Secretary [[s,Em@r'i:k0f, x]], thank you."
      #expect(
        call(text, phonemes: true).pieces.map(\.call.text) == [
          "Secretary [[s,Em@r'i:k0f, x]], ", "thank you.",
        ])
      // Without the phoneme option the brackets are text, and the comma inside ends a clause.
      #expect(call(text).pieces.count == 2)
    }

    @Test func cutsAtArabicAndFullWidthMarks() {
      #expect(call("فارنهولت المحترم، دورفل المحترم؛ كويلفوريا").pieces.count == 3)
      // A Han character counts two columns: "各位来宾、" alone would be too narrow a piece.
      #expect(
        call("瓦尔霍先生，各位来宾、朋友们：你们好。").pieces.map(\.call.text) == [
          "瓦尔霍先生，", "各位来宾、朋友们：", "你们好。",
        ])
    }

    @Test func piecesRebuildTheCallTextWhateverItHolds() {
      let words = [
        "Varnholt", "Dorvel,", "Quelvoria;", "and", "7:", "x", "—", "[[a]],", "，", "،", "  ",
      ]
      var generator = SystemRandomNumberGenerator()
      for _ in 0..<300 {
        let text = (0..<Int.random(in: 0...12, using: &generator))
          .map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
        for phonemes in [false, true] {
          let pieces = call(text, phonemes: phonemes).pieces
          #expect(pieces.map(\.call.text).joined() == text)
          #expect(
            pieces.map(\.offset)
              == pieces.indices.map { index in
                pieces[..<index].reduce(0) { $0 + $1.call.text.unicodeScalars.count }
              })
          let spoken = pieces.filter {
            $0.call.text.unicodeScalars.contains {
              $0.properties.isAlphabetic || $0.properties.numericType != nil
            }
          }
          #expect(pieces.count == 1 || spoken.count == pieces.count, "\(text)")
          let widths = pieces.map {
            $0.call.text.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic ? 2 : 1) }
          }
          #expect(widths.dropLast().allSatisfy { $0 >= SynthesisCall.shortestPiece }, "\(text)")
        }
      }
    }

    @Test func joiningMovesEventsToTheCallsSamplesAndText() {
      func event(_ kind: SynthesisEvent.Kind, _ sample: Int, _ position: Int) -> SynthesisEvent {
        SynthesisEvent(kind: kind, sample: sample, textPosition: position, length: 0)
      }
      let first = Speech(
        samples: [1, 2, 3], sampleRate: 22_050,
        events: [event(.sentence, 0, 1), event(.word, 0, 1), event(.end, 3, 9)])
      let second = Speech(
        samples: [4, 5], sampleRate: 22_050,
        events: [event(.sentence, 0, 1), event(.word, 1, 1), event(.word, 1, 5), event(.end, 2, 8)])
      let joined = Speech.joining([first, second], offsets: [0, 10])
      #expect(joined.samples == [1, 2, 3, 4, 5])
      #expect(
        joined.events == [
          event(.sentence, 0, 1), event(.word, 0, 1), event(.word, 4, 11), event(.word, 4, 15),
          event(.end, 5, 18),
        ])
      #expect(Speech.joining([second], offsets: [0]) == second)
    }

    /// The engine fact that makes pieces the same speech: the first clause read alone, with
    /// its clause pause, is sample for sample the start of the whole call read at once, and
    /// the pieces together are as long as the whole within a few milliseconds.
    @Test func aFirstPieceIsThePrefixOfTheWholeCall() throws {
      let whole = call("Varnholt opened the session, and Dorvel thanked the delegates.")
      let pieces = whole.pieces
      try #require(pieces.count == 2)
      let results = try runJobs([[whole], [pieces[0].call], [pieces[1].call]])
      let all = try #require(results[0].speeches.first).samples
      let head = try #require(results[1].speeches.first).samples
      let tail = try #require(results[2].speeches.first).samples
      #expect(head.count > 11_025)
      expectSameSamples(Array(all.prefix(head.count)), head)
      #expect(abs(all.count - head.count - tail.count) < 22_050 / 20)
    }
  }
}
