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
    .library(name: "LecternSystem", targets: ["LecternSystem"]),
    .library(name: "LecternLanguageID", targets: ["LecternLanguageID"]),
    .library(name: "LecternBatch", targets: ["LecternBatch"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
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
    // zlib's CRC-32 (checksums of speech archives and part files).
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    // EBU R 128 / ITU-R BS.1770 loudness, loudness range and true peak (the reference code).
    .systemLibrary(
      name: "CEbur128",
      pkgConfig: "libebur128",
      providers: [.apt(["libebur128-dev"])]
    ),
    // SoX's resampler: 22 050 Hz speech to the profile's 44 100 or 48 000 Hz.
    .systemLibrary(
      name: "CSoxr",
      pkgConfig: "soxr",
      providers: [.apt(["libsoxr-dev"])]
    ),
    // TagLib (C++) behind a small C API: ID3v2 chapters (CHAP/CTOC) and Vorbis comments.
    // Its C binding has no chapters, and no Swift module should need C++ interoperability.
    .target(
      name: "CTagShim",
      linkerSettings: [.linkedLibrary("tag"), .linkedLibrary("stdc++")]
    ),

    // What swift-system and Swift's Glibc module do not declare (glibc's _GNU_SOURCE calls,
    // the wait-status macros) and the fork-to-work window of a child, in C.
    .target(name: "CLecternSystem"),
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

    // Exit statuses, the error protocol every layer shares, and values every layer sees.
    .target(name: "LecternSupport"),
    // The operating system: one syscall funnel, owned descriptors, children, atomic files,
    // temporaries, the folder lock, signal set-up. Every other layer's POSIX calls are here.
    .target(
      name: "LecternSystem",
      dependencies: [
        "CLecternSystem", "LecternSupport",
        .product(name: "SystemPackage", package: "swift-system"),
      ]
    ),
    // text → plan: Swift, with ICU (through CICU, a C library) to spell numbers in words.
    .target(name: "LecternText", dependencies: ["LecternSupport", "LecternSystem", "CICU"]),
    // Language identification for the text layer, over CLD2.
    .target(name: "LecternLanguageID", dependencies: ["CCLD2", "LecternText"]),
    // plan → speech: the Synthesizer protocol and its eSpeak NG implementation.
    .target(
      name: "LecternSpeech", dependencies: ["CEspeakNG", "CZlib", "LecternSupport", "LecternSystem"]),
    // speech → audio → files: PCM, libsndfile writers, the mastering chain, tags.
    // Optimised in debug builds too: the mastering chain's sample loops run ~50× slower
    // unoptimised, which would make every test render of a document take minutes.
    .target(
      name: "LecternAudio",
      dependencies: ["CSndFile", "CEbur128", "CSoxr", "CTagShim", "LecternSupport", "LecternSystem"],
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    // Drives the whole pipeline: plan → speech → audio → output files.
    .target(
      name: "LecternRender",
      dependencies: [
        "LecternSupport", "LecternSystem", "LecternText", "LecternSpeech", "LecternAudio",
      ],
      exclude: ["Page"],
      plugins: ["EmbedPage"]
    ),
    // Batches at archive scale: document lists and folders, shards, the partition, the
    // batch's records and its report.
    .target(
      name: "LecternBatch",
      dependencies: ["LecternSupport", "LecternSystem", "LecternText", "LecternRender"]),
    // The listening page's HTML, CSS and script (LecternRender/Page/) become Swift string
    // constants at build time; see Plugins/EmbedPage for why not a resource bundle.
    .plugin(name: "EmbedPage", capability: .buildTool(), dependencies: ["PageEmbedder"]),
    .executableTarget(name: "PageEmbedder"),
    .executableTarget(
      name: "lectern",
      dependencies: [
        "LecternSupport", "LecternSystem", "LecternText", "LecternLanguageID", "LecternSpeech",
        "LecternAudio", "LecternRender", "LecternBatch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .testTarget(
      name: "LecternTextTests", dependencies: ["LecternText", "LecternLanguageID"],
      exclude: ["Fixtures", "Resources"]),
    // Temporary folders, whole-file reads and forked children for the system and audio tests.
    .target(
      name: "LecternTestSupport", dependencies: ["LecternSystem"], path: "Tests/LecternTestSupport"),
    .testTarget(name: "LecternSystemTests", dependencies: ["LecternSystem", "LecternTestSupport"]),
    // A single-threaded process that runs synthesis pools for the speech tests: forking
    // from the test runner's many threads would break the pool's precondition.
    .executableTarget(
      name: "lectern-pool-harness", dependencies: ["LecternSpeech", "LecternSystem"],
      path: "Tests/PoolHarness"),
    .testTarget(
      name: "LecternSpeechTests",
      dependencies: ["LecternSpeech", "LecternSystem", "lectern-pool-harness"]),
    .testTarget(
      name: "LecternAudioTests",
      dependencies: ["LecternAudio", "LecternSystem", "LecternTestSupport"]),
    .testTarget(
      name: "LecternRenderTests",
      dependencies: [
        "LecternRender", "LecternText", "LecternSpeech", "LecternAudio", "LecternSystem",
      ]
    ),
    .testTarget(
      name: "LecternBatchTests",
      dependencies: ["LecternBatch", "LecternRender", "LecternSupport", "LecternText"]),
    // End-to-end: runs the built `lectern` binary.
    .testTarget(
      name: "LecternCLITests",
      dependencies: [
        "lectern", "LecternAudio", "LecternRender", "LecternSystem", "LecternText",
        "LecternSpeech",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
