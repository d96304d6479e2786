import Foundation
import Testing

@testable import LecternText

/// Every line ending a document may come with gives the same lines, so the same plan.
@Suite struct LineEndingTests {
  @Test func carriageReturnsEndLines() {
    #expect(Document.split("a\rb\r\rc") == ["a", "b", "", "c"])
    #expect(Document.split("a\r\nb\r\n\r\nc\r\n") == ["a", "b", "", "c"])
    #expect(Document.split("a\nb\n\nc") == ["a", "b", "", "c"])
    #expect(Document.split("a\r\n\rb\n\r") == ["a", "", "b", ""])
  }

  /// A file saved with carriage returns only (classic Mac OS line ends) is planned exactly as
  /// its Unix copy: one part per paragraph, not every paragraph merged into one.
  @Test(arguments: ["\r", "\r\n"])
  func planDoesNotDependOnLineEndings(ending: String) throws {
    let folder = NSTemporaryDirectory() + "lectern-eol-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = """
      Opening words of thanks.

      1. The first paragraph speaks of cooperation.

      2. The second paragraph speaks of training.

      3. The third paragraph closes the address.

      """
    try text.write(toFile: folder + "/unix.txt", atomically: true, encoding: .utf8)
    try text.replacingOccurrences(of: "\n", with: ending)
      .write(toFile: folder + "/other.txt", atomically: true, encoding: .utf8)
    let planner = Planner(annotator: LanguageTestSupport.annotator)
    let unix = planner.plan(try Document.load(path: folder + "/unix.txt"))
    let other = planner.plan(try Document.load(path: folder + "/other.txt"))
    #expect(unix.parts.count >= 4)
    #expect(other.parts == unix.parts)
  }
}
