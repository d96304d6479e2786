import Foundation
import LecternSpeech
import LecternSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The one engine of the test process (the engine opens once per process).
enum Engine {
  nonisolated(unsafe) static let shared: Result<EspeakSynthesizer, SpeechError> = Result {
    () throws(SpeechError) in try EspeakSynthesizer.open()
  }
}

/// A fresh temporary folder for one test; remove it with ``removeFolder(_:)``.
func temporaryFolder() throws -> String {
  var template = Array((NSTemporaryDirectory() + "lectern-speech-XXXXXX").utf8CString)
  let created = template.withUnsafeMutableBufferPointer { buffer -> UnsafeMutablePointer<CChar>? in
    guard let base = buffer.baseAddress else { return nil }
    return mkdtemp(base)
  }
  guard let created else { throw SpeechError("mkdtemp failed") }
  return String(cString: created)
}

/// Removes a folder made by ``temporaryFolder()``.
func removeFolder(_ path: String) {
  try? FileManager.default.removeItem(atPath: path)
}

/// Runs `calls` as jobs (one job per element of `jobs`) in a pool of the harness and returns
/// each job's outcome and, when it finished, its speech.
func runJobs(
  _ jobs: [[SynthesisCall]], width: Int = 1, voiceProcesses: Int? = nil,
  skipping: [Int: Set<Int>] = [:]
) throws -> [(outcome: SynthesisOutcome, speeches: [Speech])] {
  let folder = try temporaryFolder()
  defer { removeFolder(folder) }
  return try PoolHarness.run(
    jobs, width: width, voiceProcesses: voiceProcesses, skipping: skipping, folder: folder
  ).map { ($0.outcome, $0.speeches) }
}

/// The samples of the data chunk of the 16-bit WAV file `espeak-ng -v voice -w` writes.
func referenceSamples(voice: String, text: String) throws -> [Int16] {
  let folder = try temporaryFolder()
  defer { removeFolder(folder) }
  let output = "\(folder)/reference.wav"
  let status = try spawnAndWait(["espeak-ng", "-v", voice, "-w", output, text])
  guard status == 0 else { throw SpeechError("espeak-ng exited with \(status)") }
  let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
  var offset = 12
  while offset + 8 <= data.count {
    let id = String(decoding: data[offset..<offset + 4], as: UTF8.self)
    let size = data[offset + 4..<offset + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
    if id == "data" {
      let end = min(offset + 8 + size, data.count)
      return stride(from: offset + 8, to: end - 1, by: 2).map {
        Int16(bitPattern: UInt16(data[$0]) | UInt16(data[$0 + 1]) << 8)
      }
    }
    offset += 8 + size + (size & 1)
  }
  throw SpeechError("\(output): no data chunk")
}

/// Runs a program found on `PATH` with `posix_spawnp` and returns its exit status.
func spawnAndWait(_ arguments: [String]) throws -> Int32 {
  var pid: pid_t = 0
  var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  let spawned = posix_spawnp(&pid, arguments[0], nil, nil, &argv, environ)
  guard spawned == 0 else { throw SpeechError("posix_spawnp \(arguments[0]): \(spawned)") }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  return status
}

let english = VoiceSettings(identifier: "en")
let russian = VoiceSettings(identifier: "ru")
let englishProse =
  "Ladies and gentlemen, it is an honour to address this conference. "
  + "Our organisations share one purpose: the safety of our citizens."

/// Expects two sample sequences to be identical, reporting lengths and the first difference
/// rather than both arrays.
func expectSameSamples(
  _ actual: [Int16], _ expected: [Int16], sourceLocation: SourceLocation = #_sourceLocation
) {
  let firstDifference = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?
    .offset
  #expect(
    actual.count == expected.count && firstDifference == nil,
    "\(actual.count) samples vs \(expected.count), first difference at \(String(describing: firstDifference))",
    sourceLocation: sourceLocation)
}
