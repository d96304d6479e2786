import ArgumentParser
import Foundation
import LecternBatch
import LecternRender

/// `render` of a batch: the documents of lists and folders, this process's shard of them,
/// skipping what is current and going on past what fails.
extension RenderCommand {
  func renderBatch() throws {
    let shard = try batch.resolvedShard()
    let documents = DocumentInputs.weigh(
      try DocumentInputs.collect(arguments: files, lists: batch.lists))
    guard !documents.isEmpty else {
      throw UsageError(
        "no document to render: the folders hold no *.txt file and the lists are empty")
    }
    let ledger = BatchLedger(output: options.output)
    try ledger.recordBatch(documents)
    let partition = Partition(documents, shards: shard.count)
    let mine = partition.documents(of: shard)
    if !options.quiet {
      let words = mine.reduce(0) { $0 + $1.words }
      printLine(
        "lectern: shard \(shard): \(mine.count) of \(documents.count) documents, "
          + "\(words) of \(documents.reduce(0) { $0 + $1.words }) words\n")
    }
    // A shard with nothing to do never opens the engine.
    guard !mine.isEmpty else { return }
    let session = try Session(options: options.pipeline, jobs: options.jobs)
    let renderer = session.renderer(
      progress: RenderProgressReporter(style: options.quiet ? .quiet : nil))
    let settings = try options.settings(
      cache: options.pipeline.usableCache(), shared: batch.shard != nil)
    let run = BatchRun(
      shard: shard, ledger: ledger, say: { printLine($0 + "\n") },
      note: { line in if !options.quiet { printLine("lectern: \(line)\n") } })
    let outcome = try run.run(mine) { document in
      let plan = try session.plan(document.source)
      if !batch.force,
        renderer.currentRender(
          of: plan, source: document.source, in: options.output, settings: settings) != nil
      {
        return .current
      }
      try renderer.render(
        plan, source: document.source, into: options.output, settings: settings)
      return .rendered
    }
    if !outcome.failures.isEmpty {
      printLine(
        "lectern: shard \(shard): \(outcome.failures.count) of \(mine.count) documents failed "
          + "(\(outcome.rendered) rendered, \(outcome.current) current); "
          + "records in \(ledger.failuresFolder)\n")
      throw ExitCode(outcome.exitStatus)
    }
  }
}
