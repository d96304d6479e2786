import Foundation
import LecternRender
import Testing

/// The listening page end to end: written by `render`, the same bytes every time, left out
/// by `--no-page` and never written by `preview`. (Its behaviour in a browser is tested by
/// scripts/test-browser.)
@Suite(.serialized)
struct ListeningPageCommandTests {
  static let seed = RenderCommandTests.seed
  static let name = RenderCommandTests.name

  func render(_ extra: [String] = []) throws -> String {
    let directory = try LecternProcess.temporaryDirectory()
    let result = try LecternProcess.run(
      ["render", Self.seed, "--output", directory, "--no-cache", "--quiet"] + extra)
    guard result.status == 0 else {
      throw RenderTestError("render failed (\(result.status)): \(result.stderr)")
    }
    return directory
  }

  @Test func twoRendersWriteIdenticalPages() throws {
    let first = try render()
    let second = try render()
    defer {
      try? FileManager.default.removeItem(atPath: first)
      try? FileManager.default.removeItem(atPath: second)
    }
    let page = try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(Self.name)/index.html"))
    let again = try Data(contentsOf: URL(fileURLWithPath: "\(second)/\(Self.name)/index.html"))
    #expect(page == again)
    // It shows this render: the embedded manifest is manifest.json, whose files all exist.
    let html = String(decoding: page, as: UTF8.self)
    let manifest = try RenderCommandTests.loadManifest("\(first)/\(Self.name)")
    let open = try #require(
      html.range(of: "<script type=\"application/json\" id=\"lectern-manifest\">"))
    let close = try #require(html[open.upperBound...].range(of: "</script>"))
    let embedded = try JSONDecoder().decode(
      Manifest.self, from: Data(html[open.upperBound..<close.lowerBound].utf8))
    #expect(embedded == manifest)
    for part in manifest.parts {
      #expect(FileManager.default.fileExists(atPath: "\(first)/\(Self.name)/\(part.file)"))
    }
    #expect(html.contains("<source src=\"\(manifest.file)\""))
    // Nothing is fetched from elsewhere: no address but the SVG namespace's name.
    let addresses = html.replacingOccurrences(of: "'http://www.w3.org/2000/svg'", with: "")
    #expect(!addresses.contains("http://") && !addresses.contains("https://"))
  }

  @Test func noPageSkipsIt() throws {
    let directory = try render(["--no-page"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let files = try FileManager.default.contentsOfDirectory(atPath: "\(directory)/\(Self.name)")
    #expect(!files.contains("index.html"))
    #expect(files.contains("manifest.json"))
  }

  @Test func previewWritesNoPage() throws {
    let directory = try LecternProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // The default preview path is relative: run it in an empty folder.
    let result = try LecternProcess.run(
      [
        "preview", "intro", Self.seed, "--no-cache", "--voices",
        LecternProcess.packageRoot + "/voices",
      ], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    let written = try FileManager.default.subpathsOfDirectory(atPath: directory).sorted()
    #expect(
      written == [
        "output", "output/\(Self.name)", "output/\(Self.name)/\(RenderFolder.markerName)",
        "output/\(Self.name)/preview",
        "output/\(Self.name)/preview/intro.wav",
      ])
  }

  @Test func helpNamesTheFlag() throws {
    let result = try LecternProcess.run(["render", "--help"])
    #expect(
      result.output.contains(
        "  --no-page               Do not write the listening page (index.html).\n"))
  }
}
