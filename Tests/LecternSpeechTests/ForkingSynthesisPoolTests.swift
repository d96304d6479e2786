import Foundation
import LecternSpeech
import Testing

#if canImport(Glibc)
  import Glibc
#endif

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

    @Test func outcomesArriveInOrderOfCompletion() throws {
      let folder = try temporaryFolder()
      var double = TestSynthesizer()
      let pool = ForkingSynthesisPool(jobs: 2) { (call) throws(SpeechError) in
        // Only children run this: the slow job sleeps so the quick one ends first.
        if call.text == "slow" { usleep(300_000) }
        return try double.synthesize(call.text, voice: call.voice, options: call.options)
      }
      let jobs = ["slow", "quick"].map {
        SynthesisJob(
          id: $0, calls: [SynthesisCall(text: $0, voice: english)],
          destination: "\(folder)/\($0).lspa")
      }
      var order: [String] = []
      try pool.run(jobs) { job, _ in
        order.append(job.id)
        return .proceed
      }
      #expect(order == ["quick", "slow"])
      #expect(double.calls.isEmpty)  // the parent never synthesized
      let quick = try SpeechArchive.read("\(folder)/quick.lspa")
      var reference = TestSynthesizer()
      #expect(quick == [try reference.synthesize("quick", voice: english, options: .init())])
    }

    @Test func aChildsErrorComesBackAsFailure() throws {
      let pool = ForkingSynthesisPool(jobs: 1) { (call) throws(SpeechError) in
        var double = TestSynthesizer()
        return try double.synthesize(call.text, voice: call.voice, options: call.options)
      }
      let unwritable = SynthesisJob(
        id: "lost", calls: [SynthesisCall(text: "hello", voice: english)],
        destination: "/nonexistent-folder/lost.lspa")
      var outcome: SynthesisOutcome?
      try pool.run([unwritable]) { _, result in
        outcome = result
        return .proceed
      }
      guard case .failed(let error) = outcome else {
        Issue.record("expected a failure, got \(String(describing: outcome))")
        return
      }
      #expect(error.exitStatus == .cannotCreate)
      #expect(error.description.contains("/nonexistent-folder/lost.lspa"))
    }
  }
}

extension SpeechTests.ForkingSynthesisPoolTests {
  @Test func aFileSizeLimitIsReportedNotFatal() throws {
    let folder = try temporaryFolder()
    let pool = ForkingSynthesisPool(jobs: 1) { (call) throws(SpeechError) in
      // Runs in the child only: the limit ends with it.
      var limit = rlimit(rlim_cur: 1_000, rlim_max: 1_000)
      setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit)
      var double = TestSynthesizer()
      return try double.synthesize(call.text, voice: call.voice, options: call.options)
    }
    let job = SynthesisJob(
      id: "big", calls: [SynthesisCall(text: "a long enough text", voice: english)],
      destination: "\(folder)/big.lspa")
    var outcome: SynthesisOutcome?
    try pool.run([job]) { _, result in
      outcome = result
      return .proceed
    }
    guard case .failed(let error) = outcome else {
      Issue.record("expected a failure, got \(String(describing: outcome))")
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
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }
}

extension SpeechTests.ForkingSynthesisPoolTests {
  @Test func aChildOverItsTimeLimitIsEnded() throws {
    let folder = try temporaryFolder()
    let pool = ForkingSynthesisPool(jobs: 1) { (call) throws(SpeechError) in
      if call.text == "hang" { sleep(30) }
      var double = TestSynthesizer()
      return try double.synthesize(call.text, voice: call.voice, options: call.options)
    }
    pool.jobTimeLimit = 1
    let calls = ["fine", "hang"].map { SynthesisCall(text: $0, voice: english) }
    let job = SynthesisJob(id: "stuck", calls: calls, destination: "\(folder)/stuck.lspa")
    var outcome: SynthesisOutcome?
    try pool.run([job]) { _, result in
      outcome = result
      return .proceed
    }
    guard case .crashed(let callIndex, let reason) = outcome else {
      Issue.record("expected a crash, got \(String(describing: outcome))")
      return
    }
    #expect(callIndex == 1)
    #expect(reason.hasPrefix("killed by SIGALRM"))
  }
}
