import Foundation
import LecternAudio
import LecternRender
import Testing

/// `lectern render` end to end, on the seed address, with the real engine.
@Suite(.serialized)
struct RenderCommandTests {
  static let seed = LecternProcess.packageRoot + "/seeds/interpol-csto-moscow-2019.txt"
  static let name = "interpol-csto-moscow-2019"

  /// One render of the seed shared by the read-only checks below.
  static let rendered: Result<(directory: String, manifest: Manifest), RenderTestError> =
    Result { () throws(RenderTestError) in
      do { return try renderSeed() } catch let error as RenderTestError { throw error } catch {
        throw RenderTestError("\(error)")
      }
    }

  static func renderSeed() throws -> (directory: String, manifest: Manifest) {
    let directory = try LecternProcess.temporaryDirectory()
    let result = try LecternProcess.run(
      ["render", seed, "--output", directory, "--no-cache", "--quiet"])
    guard result.status == 0 else {
      throw RenderTestError("render failed (\(result.status)): \(result.stderr)")
    }
    return (directory, try loadManifest(directory + "/" + name))
  }

  @Test func writesEveryOutput() throws {
    let (directory, manifest) = try Self.rendered.get()
    let folder = directory + "/" + Self.name
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(
      files == [
        RenderFolder.markerName, "chapters.json", "index.html", "\(Self.name).srt",
        "\(Self.name).vtt",
        "\(Self.name).wav",
        "manifest.json", "parts",
      ])
    // One file per part of the manifest, nothing else; the parts in speaking order, each id
    // once (whatever the document's number of parts).
    let parts = try FileManager.default.contentsOfDirectory(atPath: folder + "/parts").sorted()
    // Part files sort in speaking order (the listing equals the manifest's order), and the
    // manifest maps ids to them.
    #expect(parts == manifest.parts.map { String($0.file.dropFirst("parts/".count)) })
    #expect(manifest.parts.allSatisfy { $0.file.hasSuffix("-\($0.id).wav") })
    #expect(Set(manifest.parts.map(\.id)).count == manifest.parts.count)
    #expect(manifest.parts.first?.id == "intro")
    #expect(manifest.parts.count > 2)
    // No temporary file is left beside the output.
    #expect(try visibleEntries(directory) == [Self.name])
  }

  @Test func wholeIsPartsAndPausesToTheSample() throws {
    let (directory, manifest) = try Self.rendered.get()
    let folder = directory + "/" + Self.name
    var whole = try SoundFileReader(path: folder + "/\(Self.name).wav")
    #expect(whole.info.frames == manifest.frames)
    #expect(whole.info.sampleRate == manifest.sampleRate)
    let samples = try whole.readAll()
    var previousEnd = 0
    for part in manifest.parts {
      #expect(part.startFrame >= previousEnd)
      // Between parts only silence: the profiles' pauses.
      #expect(samples[previousEnd..<part.startFrame].allSatisfy { $0 == 0 })
      var reader = try SoundFileReader(path: folder + "/" + part.file)
      let partSamples = try reader.readAll()
      #expect(partSamples.count == part.endFrame - part.startFrame, "part \(part.id)")
      #expect(Array(samples[part.startFrame..<part.endFrame]) == partSamples, "part \(part.id)")
      previousEnd = part.endFrame
    }
    #expect(previousEnd == manifest.frames)
    #expect(abs(manifest.duration - Double(manifest.frames) / Double(manifest.sampleRate)) < 1e-6)
  }

  @Test func manifestTimesAreMonotonicAndInsideParts() throws {
    let (_, manifest) = try Self.rendered.get()
    var last = 0
    for part in manifest.parts {
      for utterance in part.utterances {
        #expect(utterance.startFrame >= last, "utterance \(utterance.id)")
        #expect(utterance.endFrame > utterance.startFrame, "utterance \(utterance.id)")
        #expect(utterance.startFrame >= part.startFrame && utterance.endFrame <= part.endFrame)
        last = utterance.endFrame
      }
      #expect(part.utterances.first?.startFrame == part.startFrame)
      #expect(part.utterances.last?.endFrame == part.endFrame)
    }
  }

  @Test func captionsParseAndFollowTheManifest() throws {
    let (directory, manifest) = try Self.rendered.get()
    let folder = directory + "/" + Self.name
    let vtt = try String(contentsOfFile: folder + "/\(Self.name).vtt", encoding: .utf8)
    let srt = try String(contentsOfFile: folder + "/\(Self.name).srt", encoding: .utf8)
    let vttCues = try CaptionParser.parse(vtt, format: .webVTT)
    let srtCues = try CaptionParser.parse(srt, format: .subRip)
    // The same cues; only WebVTT marks languages (`<lang ru>`) and escapes `&<>`.
    #expect(vttCues.map(CaptionParser.plain) == srtCues)
    var last: Double?
    for cue in vttCues {
      // At least two video frames (24 fps) between cues.
      if let last { #expect(cue.start - last >= 2.0 / 24 - 0.0005, "\(cue.lines)") }
      #expect(cue.end >= cue.start)
      #expect(cue.end <= manifest.duration + 0.001)
      #expect(cue.lines.count >= 1)
      last = cue.end
    }
    // Every utterance starts a cue, or shares one with a neighbour of its part (a cue
    // shorter than a second joins one); no speech falls outside the cues.
    let starts = Set(vttCues.map { Int(($0.start * 1000).rounded()) })
    for part in manifest.parts {
      for utterance in part.utterances {
        let start = utterance.startFrame * 1000 / manifest.sampleRate
        let inside = vttCues.contains {
          Double(start) / 1000 >= $0.start && Double(start) / 1000 < $0.end
        }
        #expect(starts.contains(start) || inside, "\(utterance.id)")
      }
    }
    // Every foreign span is marked with its language in the WebVTT.
    for span in manifest.parts.flatMap(\.utterances).flatMap(\.spans) where span.lang != "en" {
      #expect(vtt.contains("<lang \(span.lang)>"), "\(span.text)")
    }
    // Long sentences are split: every cue of the seed fits two lines of 42 characters.
    for cue in vttCues {
      #expect(cue.lines.count <= 2 && cue.lines.allSatisfy { $0.count <= 42 }, "\(cue.lines)")
    }
  }

  @Test func lastSpanOfTheAddressIsRussian() throws {
    let (_, manifest) = try Self.rendered.get()
    let last = try #require(manifest.parts.last?.utterances.last?.spans.last)
    #expect(last.lang == "ru")
    #expect(last.spoken.hasPrefix("Большое спасибо"))
    #expect(last.text.hasPrefix("Bolshoye Spasibo"))
    // Everything else in the address is English.
    let others = manifest.parts.flatMap(\.utterances).flatMap(\.spans).filter { $0.lang != "en" }
    #expect(others.count == 1)
  }

  @Test func metadataAndCueMarkers() throws {
    let (directory, manifest) = try Self.rendered.get()
    let reader = try SoundFileReader(path: directory + "/\(Self.name)/\(Self.name).wav")
    #expect(reader.string(.title)?.isEmpty == false)
    #expect(reader.string(.artist)?.contains("Stock") == true)
    #expect(try reader.cues() == manifest.parts.map(\.startFrame))
  }

  static func loadManifest(_ folder: String) throws -> Manifest {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json"))
    return try JSONDecoder().decode(Manifest.self, from: data)
  }
}

struct RenderTestError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
