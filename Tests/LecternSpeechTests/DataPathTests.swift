import Testing

@testable import LecternSpeech

extension SpeechTests {
  /// The engine opens once per process, so the data-path check is tested on its own.
  @Suite struct DataPathTests {
    @Test func acceptsTheDataFolderOrItsParentAndRefusesOthers() throws {
      let loaded = try Engine.shared.get().dataPath
      let parent = String(loaded.dropLast("/espeak-ng-data".count))
      #expect(EspeakSynthesizer.sameFolder(loaded, loaded))
      #expect(EspeakSynthesizer.sameFolder(loaded, loaded + "/"))
      #expect(EspeakSynthesizer.sameFolder(loaded, parent))
      #expect(!EspeakSynthesizer.sameFolder(loaded, "/nonexistent/espeak-ng-data"))
      #expect(!EspeakSynthesizer.sameFolder(loaded, "/tmp"))
    }
  }
}
