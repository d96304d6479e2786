// A single-threaded process that runs a ForkingSynthesisPool for the speech tests.
//
// The pool forks; forking is sound only from a process whose other threads hold no lock (see
// ChildProcess), which a test runner with its worker threads is not. So the tests describe
// the jobs in a JSON file, run this program, and read its outcomes (JSON on stdout) and the
// archives it left.
//
// Usage: lectern-pool-harness SPEC.json
import Foundation
import LecternSpeech
import LecternSystem

#if canImport(Glibc)
  import Glibc
#endif

ProcessSetup.configure()
let arguments = CommandLine.arguments
guard arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]),
  let spec = try? JSONDecoder().decode(HarnessSpec.self, from: data)
else {
  StandardError.write("usage: lectern-pool-harness SPEC.json\n")
  exit(64)
}
do {
  let outcomes = try HarnessRun(spec).run()
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  print(String(decoding: try encoder.encode(outcomes), as: UTF8.self))
} catch {
  StandardError.write("lectern-pool-harness: \(error)\n")
  exit(70)
}
