// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Lectern",
  products: [
    .executable(name: "lectern", targets: ["lectern"]),
    .library(name: "LecternText", targets: ["LecternText"]),
    .library(name: "LecternSpeech", targets: ["LecternSpeech"]),
    .library(name: "LecternAudio", targets: ["LecternAudio"]),
    .library(name: "LecternRender", targets: ["LecternRender"]),
    .library(name: "LecternLanguageID", targets: ["LecternLanguageID"]),
    .library(name: "LecternBatch", targets: ["LecternBatch"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // C libraries, through pkg-config. Only the speech and audio layers import them.
    .systemLibrary(
      name: "CEspeakNG",
      pkgConfig: "espeak-ng",
      providers: [.apt(["libespeak-ng-dev"])]
    ),
    .systemLibrary(
      name: "CSndFile",
      pkgConfig: "sndfile",
      providers: [.apt(["libsndfile1-dev"])]
    ),

    // ICU's number spelling, plural rules and currency names (Debian's libicu), behind a
    // tiny C face so that no Swift module depends on ICU's version-suffixed symbols.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    // Google's Compact Language Detector 2 (C++, Debian's libcld2-dev, no pkg-config file)
    // behind a C interface, so that no Swift module needs C++ interop.
    .target(
      name: "CCLD2",
      linkerSettings: [.linkedLibrary("cld2_full"), .linkedLibrary("cld2")]
    ),

    // Exit statuses and the error protocol every layer shares.
    .target(name: "LecternSupport"),
    // text → plan: Swift, with ICU (through CICU, a C library) to spell numbers in words.
    .target(name: "LecternText", dependencies: ["LecternSupport", "CICU"]),
    // Language identification for the text layer, over CLD2.
    .target(name: "LecternLanguageID", dependencies: ["CCLD2", "LecternText"]),
    // plan → speech: the Synthesizer protocol and its eSpeak NG implementation.
    .target(name: "LecternSpeech", dependencies: ["CEspeakNG", "LecternSupport"]),
    // speech → audio → files: PCM, libsndfile writers, atomic output.
    .target(name: "LecternAudio", dependencies: ["CSndFile", "LecternSupport"]),
    // Drives the whole pipeline: plan → speech → audio → output files.
    .target(
      name: "LecternRender",
      dependencies: ["LecternSupport", "LecternText", "LecternSpeech", "LecternAudio"],
      exclude: ["Page"],
      plugins: ["EmbedPage"]
    ),
    // `sched_getaffinity`, which Swift's Glibc module does not declare (_GNU_SOURCE only).
    .target(name: "CLecternBatch"),
    // Batches at archive scale: document lists and folders, shards, the partition, the
    // batch's records and its report.
    .target(
      name: "LecternBatch",
      dependencies: ["CLecternBatch", "LecternSupport", "LecternText", "LecternRender"]),
    // The listening page's HTML, CSS and script (LecternRender/Page/) become Swift string
    // constants at build time; see Plugins/EmbedPage for why not a resource bundle.
    .plugin(name: "EmbedPage", capability: .buildTool(), dependencies: ["PageEmbedder"]),
    .executableTarget(name: "PageEmbedder"),
    .executableTarget(
      name: "lectern",
      dependencies: [
        "LecternSupport", "LecternText", "LecternLanguageID", "LecternSpeech", "LecternAudio",
        "LecternRender", "LecternBatch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .testTarget(
      name: "LecternTextTests", dependencies: ["LecternText", "LecternLanguageID"],
      exclude: ["Fixtures", "Resources"]),
    .testTarget(name: "LecternSpeechTests", dependencies: ["LecternSpeech"]),
    .testTarget(name: "LecternAudioTests", dependencies: ["LecternAudio"]),
    .testTarget(
      name: "LecternRenderTests",
      dependencies: ["LecternRender", "LecternText", "LecternSpeech", "LecternAudio"]
    ),
    .testTarget(
      name: "LecternBatchTests",
      dependencies: ["LecternBatch", "LecternRender", "LecternSupport", "LecternText"]),
    // End-to-end: runs the built `lectern` binary.
    .testTarget(
      name: "LecternCLITests", dependencies: ["lectern", "LecternAudio", "LecternRender"]),
  ],
  swiftLanguageModes: [.v6]
)
