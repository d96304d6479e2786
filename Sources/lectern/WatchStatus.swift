import Foundation
import LecternRender
import LecternSystem
import LecternText

/// The lines `watch` says (to a ``WatchLog``): one per save (which parts changed, how long
/// the update took), each error, and its start and end.
struct WatchStatus {
  /// The document's path.
  let document: String
  /// Where the lines go.
  let log: any WatchLog

  /// The most part ids a line lists before "and N more".
  static let listed = 8

  /// A line about the watch itself.
  func say(_ text: String) {
    log.say(text, isError: false)
  }

  /// An error, with what the watch does about it.
  func error(_ text: String) {
    log.say(text, isError: true)
  }

  /// The document was saved, but its plan is the one rendered: nothing to write.
  func unchanged(since start: ContinuousClock.Instant, clock: ContinuousClock) {
    say("\(Document.name(ofPath: document)): no part changed (\(Self.seconds(clock.now - start)))")
  }

  /// A render replaced the folder: which parts changed against `previous` (id → key).
  func updated(
    _ manifest: Manifest, previous: [String: String], synthesized: Int, reloaded: Bool,
    elapsed: Duration
  ) {
    let changed = manifest.parts.filter { previous[$0.id] != $0.key }.map(\.id)
    let ids = Set(manifest.parts.map(\.id))
    let removed = previous.keys.filter { !ids.contains($0) }.sorted()
    var what = changed.isEmpty ? "no part changed" : "\(Self.list(changed)) changed"
    if !removed.isEmpty { what += ", \(Self.list(removed)) removed" }
    if reloaded { what = "voices reloaded; " + what }
    say(
      "\(manifest.document): \(what) (\(synthesized) of \(manifest.parts.count) parts"
        + " synthesized); updated in \(Self.seconds(elapsed))")
  }

  /// `part 9`, `parts 9, 11`, `parts 1, 2, … and 4 more`.
  static func list(_ ids: [String]) -> String {
    let shown = ids.prefix(listed).joined(separator: ", ")
    let more = ids.count > listed ? " and \(ids.count - listed) more" : ""
    return (ids.count == 1 ? "part " : "parts ") + shown + more
  }

  /// `0.043 s`.
  static func seconds(_ duration: Duration) -> String {
    let (whole, fraction) = duration.components
    return String(format: "%.3f s", Double(whole) + Double(fraction) / 1e18)
  }

  /// Part id → content key of the render in `folder`, if Lectern wrote one there.
  static func keys(ofRenderIn folder: String) -> [String: String] {
    guard case .success(let bytes) = BoundedFile.read(folder + "/manifest.json", limit: 64 << 20),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: Data(bytes))
    else { return [:] }
    return Dictionary(
      manifest.parts.map { ($0.id, $0.key) }, uniquingKeysWith: { first, _ in first })
  }
}
