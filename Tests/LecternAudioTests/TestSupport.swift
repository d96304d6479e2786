import LecternSystem
import Testing

@testable import LecternAudio

#if canImport(Glibc)
  import Glibc
#endif

/// `frames` frames of a 440 Hz tone at 22 050 Hz, mono, with a little deterministic noise so
/// that lossy codecs have something to encode.
func testTone(frames: Int, seed: UInt64 = 1) -> [Int16] {
  var state = seed
  return (0..<frames).map { index in
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let noise = Double(Int64(bitPattern: state >> 1) % 2_000) - 1_000
    let tone = 8_000 * sin(2 * Double.pi * 440 * Double(index) / 22_050)
    return Int16(tone + noise)
  }
}

/// The rate tests write `format` at: Opus only at 48 kHz (libsndfile 1.2.0 refuses
/// 22 050 Hz), every other format at the engine's 22 050 Hz.
func testRate(_ format: AudioFormat) -> Int { format == .opus ? 48_000 : 22_050 }

/// Pseudo-random full-scale samples: incompressible, for filling files fast.
func testNoise(frames: Int, seed: UInt64 = 7) -> [Int16] {
  var state = seed
  return (0..<frames).map { _ in
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int16(truncatingIfNeeded: state >> 33)
  }
}
