import Foundation
import LecternText

/// What makes a render of a document current, so that a batch re-run skips it.
///
/// A render's outputs are a function of: the plan (every text, span, language, voice and
/// metadata the manifest, captions, page and audio tags show); each part's synthesis key (its
/// calls, voice settings, engine and sample rate: the samples); the pauses laid between
/// utterances and after each part (voice profiles, not part of the synthesis key); the
/// settings that shape the files (format, mastering profile, page, keep-going: every setting
/// but the cache, the sharing mode and what a render returns); the source path the manifest
/// records; and the program that writes them
/// (``ProgramIdentity``: a fixed writer changes files without changing any of the above).
/// The render key hashes all of them; the manifest stores it as `renderKey`.
extension Renderer {
  /// Settings that never change what a render writes, left out of the render key.
  static let settingsOutsideTheKey: Set<String> = ["cache", "shared", "returnsPartEntries"]

  /// The render key of `plan` read from `source` and rendered with `settings`.
  public func renderKey(
    _ plan: RenderPlan, source: String, settings: Settings
  ) throws(RenderError) -> String {
    var hash = SHA256()
    // Bump when the meaning of a key's ingredients changes.
    hash.update("lectern-render-v1\n\(ProgramIdentity.current)\n\(engine)\n\(sampleRate)\n")
    hash.update("source \(source)\n")
    for child in Mirror(reflecting: settings).children {
      guard let label = child.label, !Self.settingsOutsideTheKey.contains(label) else { continue }
      hash.update("setting \(label)=\(String(reflecting: child.value))\n")
    }
    try Self.hashPlan(plan, into: &hash)
    for part in plan.parts {
      let calls = try casting.script(for: part).calls
      let key = SynthesisCache.key(
        for: calls, skipping: [], engine: engine, sampleRate: sampleRate)
      let pauses = part.utterances.map { casting.pauseAfter($0) }
      hash.update("\npart \(part.id) \(key) \(casting.pauseAfter(part)) \(pauses)")
    }
    return hash.finalizeHex()
  }

  /// Hashes the plan's compact JSON with sorted keys, part by part: the same bytes as
  /// encoding the whole plan at once, without its encoding ever in memory whole.
  static func hashPlan(_ plan: RenderPlan, into hash: inout SHA256) throws(RenderError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let what = "the plan of \(plan.document)"
    var empty = plan
    empty.parts = []
    let head = try encode(empty, encoder, what)
    // `parts` sorts last of the plan's keys: were that to change, the whole plan is hashed.
    guard var splice = JSONArraySplice(head, key: "parts", pretty: false) else {
      hash.update(try encode(plan, encoder, what))
      return
    }
    hash.update(splice.head)
    for part in plan.parts { hash.update(splice.element(try encode(part, encoder, what))) }
    hash.update(splice.tail)
  }

  private static func encode(
    _ value: some Encodable, _ encoder: JSONEncoder, _ what: String
  ) throws(RenderError) -> String {
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      throw RenderError(.engineFailed, "cannot encode \(what): \(error)")
    }
  }

  /// The manifest of the render of `plan` in `directory/NAME/` if it is complete and current:
  /// its manifest records this render key, and every file it lists (its chapters file too)
  /// and the captions and page the settings ask for are there; `nil` otherwise.
  public func currentRender(
    of plan: RenderPlan, source: String, in directory: String, settings: Settings
  ) -> Manifest? {
    let folder = "\(directory)/\(plan.document)"
    guard let data = FileManager.default.contents(atPath: folder + "/manifest.json"),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
      let recorded = manifest.renderKey,
      let wanted = try? renderKey(plan, source: source, settings: settings),
      recorded == wanted
    else { return nil }
    var files = [manifest.file] + manifest.parts.map(\.file)
    files +=
      ["\(plan.document).vtt", "\(plan.document).srt"] + [manifest.chapters].compactMap { $0 }
    if settings.page { files.append("index.html") }
    let complete = files.allSatisfy { file in
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + file)
      return (attributes?[.type] as? FileAttributeType) == .typeRegular
    }
    return complete ? manifest : nil
  }
}
