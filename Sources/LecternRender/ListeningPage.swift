import Foundation
import LecternAudio
import LecternText

/// `index.html`: the listening page of a render — player, transcript that follows the audio,
/// overview picture and downloads — in one self-contained file.
///
/// The markup, style and script are real files (`Sources/LecternRender/Page/`), embedded at
/// build time; this type only fills their placeholders (`{{name}}`) with escaped values and
/// the data as JSON. The page makes no request but for the render's own audio files (its
/// captions are inline, as a `data:` URL: browsers refuse a `file:` track), so it works from
/// disk and from any static server, and the same render writes the same bytes.
public struct ListeningPage: Sendable {
  /// The manifest the page shows.
  public var manifest: Manifest
  /// Title, speaker, event, place and date of the address.
  public var metadata: DocumentMetadata
  /// The address's main language (the page's `lang`; spans in others get their own).
  public var language: String
  /// The loudness envelope of the whole file.
  public var envelope: LevelEnvelope
  /// The WebVTT captions, the player's track.
  public var webVTT: String
  /// The caption files' names, relative to the page (WebVTT, SubRip).
  public var captionFiles: (vtt: String, srt: String)
  /// `manifest.json`'s text, embedded as it is (encoded again when `nil`).
  public var manifestJSON: String?

  /// The page of a render of `plan` that wrote `manifest` (as `manifestJSON`) and
  /// `webVTT`; `levels` holds each part's levels (``LevelEnvelope/step(sampleRate:)``
  /// frames per value), in order.
  public init(
    plan: RenderPlan, manifest: Manifest, manifestJSON: String? = nil, webVTT: String,
    captionFiles: (vtt: String, srt: String), levels: [[UInt8]]
  ) {
    self.manifest = manifest
    self.manifestJSON = manifestJSON
    self.metadata = plan.metadata
    self.language = plan.language
    self.envelope = LevelEnvelope(
      parts: levels, starts: manifest.parts.map(\.startFrame), frames: manifest.frames,
      step: LevelEnvelope.step(sampleRate: manifest.sampleRate))
    self.webVTT = webVTT
    self.captionFiles = captionFiles
  }

  /// The page's data beside the manifest: what the manifest does not hold.
  struct PageData: Encodable {
    struct Source: Encodable {
      var src: String
      var type: String
    }
    struct CaptionFiles: Encodable {
      var vtt: String
      var srt: String
    }
    var language: String
    var title: String
    var speaker: String?
    var event: String?
    var place: String?
    var date: String?
    /// Formats after the first, best first (the `<audio>` element falls back to them).
    var alternates: [Source]
    var captions: CaptionFiles
    var envelope: LevelEnvelope
  }

  /// The page's HTML.
  public func html() throws(RenderError) -> String {
    let manifestText: String
    if let manifestJSON { manifestText = manifestJSON } else { manifestText = try manifest.json() }
    var values = Self.textValues(
      metadata: metadata, language: language, manifest: manifest, captionFiles: captionFiles)
    values["captions"] = "data:text/vtt;base64," + Data(webVTT.utf8).base64EncodedString()
    values["manifest"] = Self.scriptSafe(manifestText)
    values["page"] = try Self.scriptJSON(
      Self.pageData(
        metadata: metadata, language: language, manifest: manifest, captionFiles: captionFiles,
        envelope: envelope))
    return Self.fill(PageFiles.pageHTML, values)
  }

  /// The placeholders' values that are short text: all but the captions, the manifest and
  /// the page's data.
  static func textValues(
    metadata: DocumentMetadata, language: String, manifest: Manifest,
    captionFiles: (vtt: String, srt: String)
  ) -> [String: String] {
    [
      "lang": escape(language),
      "title": escape(metadata.title ?? manifest.document),
      "audio": escape(manifest.file),
      "audioType": escape(mediaType(manifest.format)),
      "captionsLabel": escape(languageName(language)),
      "captionsFile": escape(captionFiles.vtt),
      "style": PageFiles.pageCSS,
      "script": script,
    ]
  }

  /// The page's data beside the manifest.
  static func pageData(
    metadata: DocumentMetadata, language: String, manifest: Manifest,
    captionFiles: (vtt: String, srt: String), envelope: LevelEnvelope
  ) -> PageData {
    PageData(
      language: language, title: metadata.title ?? manifest.document, speaker: metadata.speaker,
      event: metadata.event, place: metadata.place, date: metadata.date, alternates: [],
      captions: .init(vtt: captionFiles.vtt, srt: captionFiles.srt), envelope: envelope)
  }

  /// The page's script files, in the order they run (see `page-state.js`).
  static let script = [
    PageFiles.pageStateJS, PageFiles.pageFollowJS, PageFiles.pageTranscriptJS,
    PageFiles.pageOverviewJS, PageFiles.pageStartJS,
  ].joined(separator: "\n")

  /// Replaces each `{{name}}` in `template` with `values[name]` in one pass, so a value is
  /// never scanned for placeholders itself. Unknown names are left as they are.
  static func fill(_ template: String, _ values: [String: String]) -> String {
    var out = ""
    out.reserveCapacity(template.utf8.count + values.values.reduce(0) { $0 + $1.utf8.count })
    var rest = template[...]
    while let open = rest.range(of: "{{"),
      let close = rest[open.upperBound...].range(of: "}}")
    {
      out += rest[..<open.lowerBound]
      let name = String(rest[open.upperBound..<close.lowerBound])
      out += values[name] ?? String(rest[open.lowerBound..<close.upperBound])
      rest = rest[close.upperBound...]
    }
    out += rest
    return out
  }

  /// Text escaped for HTML text and quoted attribute values.
  static func escape(_ text: String) -> String { HTMLText.escaped(text) }

  /// `value` as compact JSON with sorted keys, safe inside a `<script>` element: `<`, `>`
  /// and `&` only occur inside JSON strings, where their `\u` escapes mean the same, so no
  /// `</script>` or `<!--` in the text can end or change the element.
  static func scriptJSON(_ value: some Encodable) throws(RenderError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return scriptSafe(String(decoding: try encoder.encode(value), as: UTF8.self))
    } catch {
      throw RenderError(.writeFailed, "cannot encode the listening page's data: \(error)")
    }
  }

  /// JSON text with `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes (see ``scriptJSON(_:)``).
  static func scriptSafe(_ json: String) -> String {
    var safe = ScriptSafeBytes()
    return String(decoding: safe.escape(Array(json.utf8)[...], last: true), as: UTF8.self)
  }

  /// The media type a browser matches a `<source>` against.
  static func mediaType(_ format: String) -> String {
    switch format {
    case "flac": "audio/flac"
    case "ogg": "audio/ogg; codecs=vorbis"
    case "mp3": "audio/mpeg"
    case "opus": "audio/ogg; codecs=opus"
    default: "audio/wav"
    }
  }

  /// The language's English name for the captions' label ("Russian"), or its code.
  static func languageName(_ code: String) -> String {
    Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
  }
}
