import Foundation
import LecternSpeech
import LecternSupport
import Testing

/// A text that makes Debian's eSpeak NG 1.51 abort ("stack smashing detected").
let crashingText = String(repeating: "a . ", count: 300) + "123"

extension SpeechTests {
  @Suite struct ForkingSynthesisPoolTests {
    let job = [
      SynthesisCall(text: englishProse, voice: english),
      SynthesisCall(text: "Большое спасибо", voice: russian),
    ]
    let other = [SynthesisCall(text: "Thank you, Moscow.", voice: english)]

    @Test func aJobGivesTheSameSpeechWhateverRunsBeforeOrBesideIt() throws {
      let alone = try runJobs([job])[0].speeches
      let afterOthers = try runJobs([other, other, job])[2].speeches
      let twoAtOnce = try runJobs([other, job, other, job], width: 2)
      #expect(alone.count == 2)
      #expect(afterOthers == alone)
      #expect(twoAtOnce[1].speeches == alone)
      #expect(twoAtOnce[3].speeches == alone)
      #expect(twoAtOnce[0].speeches == twoAtOnce[2].speeches)
    }

    /// The defect this guards against: the synthesis process selected a voice before every
    /// fork and never synthesized, so the engine's command queue filled up and after about
    /// 166 jobs every job came out truncated (and earlier ones a few samples off).
    @Test func hundredsOfJobsAlternatingVoicesEachEqualTheJobRunAlone() throws {
      // Two first voices, so each voice process forks more than 166 workers; the later
      // calls switch voice and variant.
      let templates: [[SynthesisCall]] = [
        [
          SynthesisCall(text: "Thank you, Moscow.", voice: english),
          SynthesisCall(text: "Большое спасибо.", voice: russian),
        ],
        [
          SynthesisCall(text: "Большое спасибо.", voice: russian),
          SynthesisCall(
            text: "Thank you.", voice: VoiceSettings(identifier: "en", variant: "m3", rate: 160)),
        ],
      ]
      let alone = try templates.map { try #require(runJobs([$0]).first?.speeches) }
      let jobs = (0..<420).map { templates[$0 % templates.count] }
      let results = try runJobs(jobs, width: 2)
      for (index, result) in results.enumerated() {
        guard case .finished = result.outcome else {
          Issue.record("job \(index): \(result.outcome)")
          continue
        }
        let same = result.speeches == alone[index % templates.count]
        #expect(same, "job \(index) differs from the job run alone")
      }
    }

    /// One voice process for three voices: each is closed (least recently used, idle) and
    /// started again as the voices alternate, and nothing changes in the speech.
    @Test func closingIdleVoiceProcessesChangesNothing() throws {
      let voices = [english, russian, VoiceSettings(identifier: "fr")]
      let templates = voices.map { [SynthesisCall(text: "Merci, Moscou.", voice: $0)] }
      let alone = try runJobs(templates, voiceProcesses: 0).map(\.speeches)
      let results = try runJobs((0..<12).map { templates[$0 % 3] }, width: 1, voiceProcesses: 1)
      #expect(results.map(\.speeches) == (0..<12).map { alone[$0 % 3] })
    }

    /// Variants with breath (the narrator's f2) draw noise from the C library's `rand`; the
    /// engine's start-up consumes it differently in different environments (HOME, its size).
    @Test func speechDoesNotDependOnTheRandomStateTheProcessStartedWith() throws {
      let breathy = VoiceSettings(identifier: "gmw/en-US", variant: "f2", rate: 165, pitch: 55)
      let job = [SynthesisCall(text: "Ladies and gentlemen, welcome.", voice: breathy)]
      var speeches: [[Speech]] = []
      for draws in [0, 1, 7] {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let result = try PoolHarness.run([job], randomDraws: draws, folder: folder)
        speeches.append(try #require(result.first?.speeches))
      }
      #expect(speeches[0].first?.samples.isEmpty == false)
      // Booleans, so that a failure does not print every sample.
      let (afterOne, afterSeven) = (speeches[1] == speeches[0], speeches[2] == speeches[0])
      #expect(afterOne)
      #expect(afterSeven)
    }

    @Test func workersThatLoadTheirOwnVoiceGiveTheSameSpeech() throws {
      let viaVoiceProcesses = try runJobs([job, other], width: 2)
      let direct = try runJobs([job, other], width: 2, voiceProcesses: 0)
      #expect(direct.map(\.speeches) == viaVoiceProcesses.map(\.speeches))
      #expect(direct[0].speeches.count == 2)
    }

    @Test func aCrashEndsOnlyItsJobAndNamesTheCall() throws {
      let crashing = [other[0], SynthesisCall(text: crashingText, voice: english), other[0]]
      let results = try runJobs([other, crashing, job], width: 2)
      guard case .crashed(let callIndex, let reason) = results[1].outcome else {
        Issue.record("expected a crash, got \(results[1].outcome)")
        return
      }
      #expect(callIndex == 1)
      #expect(reason.hasPrefix("killed by SIGABRT"))
      #expect(reason.contains("stack smashing detected"))
      #expect(results[0].speeches.count == 1)
      #expect(results[2].speeches.count == 2)
    }

    @Test func skippedCallsBecomeEmptySpeech() throws {
      let crashing = [other[0], SynthesisCall(text: crashingText, voice: english), other[0]]
      let results = try runJobs([crashing], skipping: [0: [1]])
      guard case .finished = results[0].outcome else {
        Issue.record("expected the job to finish, got \(results[0].outcome)")
        return
      }
      let speeches = results[0].speeches
      #expect(speeches.count == 3)
      #expect(speeches[1].samples.isEmpty && speeches[1].events.isEmpty)
      #expect(speeches[1].sampleRate == 22_050)
      #expect(speeches[0].samples.count > 10_000)
    }

    /// The first job waits until the second one's archive exists, so the second ends first
    /// whatever the machine's speed: both must run at once, and outcomes come as jobs end.
    @Test func outcomesArriveInOrderOfCompletion() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let results = try PoolHarness.run(
        [
          [SynthesisCall(text: "wait:quick", voice: english)],
          [SynthesisCall(text: "quick", voice: english)],
        ], width: 2, synthesizer: "double", ids: ["slow", "quick"], folder: folder)
      #expect(results.allSatisfy { if case .finished = $0.outcome { true } else { false } })
      var reference = TestSynthesizer()
      #expect(
        results[1].speeches == [try reference.synthesize("quick", voice: english, options: .init())]
      )
      let order = try String(contentsOfFile: folder + "/order", encoding: .utf8)
      #expect(order == "quick\nslow\n")
    }

    @Test func aChildsErrorComesBackWithItsStatus() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let results = try PoolHarness.run(
        [[SynthesisCall(text: "hello", voice: english)]], synthesizer: "double",
        ids: ["missing/lost"], folder: folder)
      guard case .failed(let error) = results[0].outcome else {
        Issue.record("expected a failure, got \(results[0].outcome)")
        return
      }
      #expect(error.exitStatus == .cannotCreate)
      #expect(error.description.hasPrefix("\(folder)/missing/lost.lspa: open failed: "))
    }

    @Test func anUnknownVoiceInAWorkerStaysUnavailable() throws {
      let results = try runJobs([
        [SynthesisCall(text: "hello", voice: VoiceSettings(identifier: "en", variant: "zzz"))]
      ])
      guard case .failed(let error) = results[0].outcome else {
        Issue.record("expected a failure, got \(results[0].outcome)")
        return
      }
      #expect(error.exitStatus == .unavailable)
    }

    @Test func aFileSizeLimitIsReportedNotFatal() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let results = try PoolHarness.run(
        [[SynthesisCall(text: "limit:1000", voice: english)]],
        synthesizer: "double", ids: ["big"], folder: folder)
      guard case .failed(let error) = results[0].outcome else {
        Issue.record("expected a failure, got \(results[0].outcome)")
        return
      }
      guard case .system(let call, let subject, let reason) = error.kind else {
        Issue.record("expected a system error, got \(error)")
        return
      }
      #expect(call == "write")
      #expect(subject == "\(folder)/big.lspa")
      #expect(reason.contains("File too large"))
      #expect(error.exitStatus == .ioError)
      // Neither the archive nor its temporary file is left behind.
      let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
        $0 != "spec.json" && $0 != "order"
      }
      #expect(left.isEmpty)
    }

    @Test func aChildOverItsTimeLimitIsEnded() throws {
      let folder = try temporaryFolder()
      defer { removeFolder(folder) }
      let calls = ["fine", "hang"].map { SynthesisCall(text: $0, voice: english) }
      let results = try PoolHarness.run(
        [calls], synthesizer: "double", timeLimit: 1, ids: ["stuck"], folder: folder)
      guard case .crashed(let callIndex, let reason) = results[0].outcome else {
        Issue.record("expected a crash, got \(results[0].outcome)")
        return
      }
      #expect(callIndex == 1)
      #expect(reason.hasPrefix("killed by SIGALRM"))
    }
  }
}
