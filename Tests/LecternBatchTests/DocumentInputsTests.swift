import Foundation
import LecternBatch
import Testing

/// Documents from arguments, folders and lists, at archive scale.
struct DocumentInputsTests {
  @Test func foldersAreWalkedForTextFilesSkippingHiddenOnesAndFolderLinks() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("archive/2019/a.txt")
    try folder.write("archive/2020/deep/b.txt")
    try folder.write("archive/2020/notes.md")
    try folder.write("archive/.git/c.txt")
    try folder.write("archive/.hidden.txt")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/archive/loop", withDestinationPath: folder.path + "/archive")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/archive/linked.txt",
      withDestinationPath: folder.path + "/archive/2019/a.txt")
    let documents = try DocumentInputs.collect(
      arguments: [folder.path + "/archive"], lists: [])
    #expect(documents.map(\.name) == ["a", "b", "linked"])
    #expect(documents[1].source == folder.path + "/archive/2020/deep/b.txt")
  }

  @Test func listsReadOnePathALineFromAFileOrStandardInput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let list = try folder.write("list.txt", "x/one.txt\r\n\n./x/two.txt\nx/one.txt\n")
    var input = ["y/three.txt", "", "y/four.txt"].makeIterator()
    let documents = try DocumentInputs.collect(
      arguments: ["z/five.txt"], lists: [list, "-"], readLine: { input.next() })
    #expect(documents.map(\.name) == ["five", "four", "one", "three", "two"])
    #expect(
      documents.map(\.source) == [
        "z/five.txt", "y/four.txt", "x/one.txt", "y/three.txt", "./x/two.txt",
      ])
  }

  @Test func theResultDoesNotDependOnTheOrderGiven() throws {
    let names = (0..<50).map { "archive/speech-\($0).txt" }
    let once = try DocumentInputs.collect(arguments: names, lists: [])
    let again = try DocumentInputs.collect(arguments: names.reversed(), lists: [])
    #expect(once == again)
  }

  @Test func twoPathsWithOneNameAreRefusedNamingBoth() throws {
    #expect(
      throws: BatchError(
        "2019/speech.txt and 2020/speech.txt are both named speech: rename one "
          + "(each document writes DIR/NAME/)")
    ) { try DocumentInputs.collect(arguments: ["2019/speech.txt", "2020/speech.txt"], lists: []) }
    #expect(try DocumentInputs.collect(arguments: ["a/x.txt", "./a//x.txt"], lists: []).count == 1)
  }

  @Test func aLineLongerThanAPathIsRefusedWithItsLineNumber() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let list = try folder.write("list.txt", "a.txt\n" + String(repeating: "x", count: 5_000) + "\n")
    #expect(
      throws: BatchError(
        "\(list):2: a line longer than 4096 bytes is not a path", exitStatus: .dataError)
    ) { try DocumentInputs.collect(arguments: [], lists: [list]) }
  }

  @Test func aMissingListIs66() {
    #expect(
      throws: BatchError(
        "cannot read the list /nonexistent/list.txt: No such file or directory",
        exitStatus: .noInput)
    ) { try DocumentInputs.collect(arguments: [], lists: ["/nonexistent/list.txt"]) }
  }

  @Test func aHundredThousandListedDocumentsNeverMeetTheArgumentLimit() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let paths = (0..<100_000).map { "/archive/year-\($0 % 40)/address-\($0).txt" }
    let list = try folder.write("list.txt", paths.joined(separator: "\n"))
    let documents = try DocumentInputs.collect(arguments: [], lists: [list])
    #expect(documents.count == 100_000)
    let partition = Partition(documents, shards: 16)
    #expect(partition.assignments.map(\.count).reduce(0, +) == 100_000)
  }

  @Test func weighingCountsEachFileAndGivesZeroToWhatCannotBeRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("a.txt", "one two three\n")
    let weighed = DocumentInputs.weigh([
      BatchDocument(source: file), BatchDocument(source: folder.path + "/missing.txt"),
      BatchDocument(source: folder.path),
    ])
    #expect(weighed.map(\.words) == [3, 0, 0])
  }
}
