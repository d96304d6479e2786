import LecternBatch
import Testing

/// Word counts, whatever the script and wherever a chunk ends.
struct WordCountTests {
  @Test func wordsBetweenWhiteSpace() {
    #expect(WordCount.of(text: "Good morning,  distinguished\tguests.\n\n1. Welcome!") == 6)
    #expect(WordCount.of(text: "") == 0)
    #expect(WordCount.of(text: " \n ") == 0)
    #expect(WordCount.of(text: "Большое спасибо за внимание.") == 4)
  }

  @Test func hanAndKanaCountEachCharacter() {
    #expect(WordCount.of(text: "各位来宾，大家好。") == 7)
    #expect(WordCount.of(text: "ありがとう ございます") == 10)
    #expect(WordCount.of(text: "UN 大会") == 3)
  }

  @Test func chunkBoundariesInsideACharacterDoNotChangeTheCount() {
    let text = "Здравствуйте, 各位来宾 and مرحبا بكم — 😀 fin."
    let bytes = Array(text.utf8)
    let whole = WordCount.of(text: text)
    for size in 1...7 {
      var count = WordCount()
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + size)
        bytes[start..<end].withUnsafeBytes { count.add($0) }
        start = end
      }
      #expect(count.finish() == whole, "chunks of \(size)")
    }
  }

  @Test func invalidBytesSeparateWords() {
    var count = WordCount()
    [UInt8]([0x61, 0xFF, 0x62, 0x20, 0x63]).withUnsafeBytes { count.add($0) }
    #expect(count.finish() == 3)
  }
}
