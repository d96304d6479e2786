import CSndFile

/// Text tags written into a sound file before its first sample.
///
/// libsndfile stores them as a LIST/INFO chunk in WAV, Vorbis comments in FLAC and Ogg, and
/// ID3 tags in MP3. A tag left `nil` is not written.
public struct AudioMetadata: Sendable, Hashable {
  /// The title (`SF_STR_TITLE`).
  public var title: String?
  /// The artist or speaker (`SF_STR_ARTIST`).
  public var artist: String?
  /// The date, conventionally ISO 8601 (`SF_STR_DATE`).
  public var date: String?
  /// A free comment (`SF_STR_COMMENT`).
  public var comment: String?
  /// The software that made the file (`SF_STR_SOFTWARE`).
  public var software: String?

  /// Creates metadata; every tag defaults to absent.
  public init(
    title: String? = nil, artist: String? = nil, date: String? = nil, comment: String? = nil,
    software: String? = nil
  ) {
    self.title = title
    self.artist = artist
    self.date = date
    self.comment = comment
    self.software = software
  }

  /// The tags that are present, in a fixed order.
  var entries: [(key: Key, value: String)] {
    let all: [(Key, String?)] = [
      (.title, title), (.artist, artist), (.date, date), (.comment, comment),
      (.software, software),
    ]
    return all.compactMap { key, value in value.map { (key, $0) } }
  }

  /// The tags as the C strings `sf_set_string` gets for `format`.
  ///
  /// libsndfile hands MP3 tags to LAME, which writes them as ISO 8859-1 ID3 frames, so UTF-8
  /// read back garbled; for MP3 the text is transcoded to ISO 8859-1 and characters outside
  /// it become "?". Other formats store UTF-8 as given.
  func cStrings(for format: AudioFormat) -> [(key: Key, value: [CChar])] {
    entries.map { key, value in
      let bytes: [UInt8] =
        format == .mp3
        ? value.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
        : Array(value.utf8)
      // A C string ends at its first NUL; drop any so that the whole text is kept.
      return (key, bytes.filter { $0 != 0 }.map { CChar(bitPattern: $0) } + [0])
    }
  }

  /// Which text tag to write or read.
  ///
  /// The corresponding C constants are `SF_STR_*`, used with `sf_set_string` and
  /// `sf_get_string`.
  public struct Key: RawRepresentable, Sendable, Hashable, CaseIterable {
    /// The raw C string type.
    public var rawValue: Int32

    /// Creates a strongly-typed key from a raw C string type.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The title. The corresponding C constant is `SF_STR_TITLE`.
    public static let title = Key(rawValue: Int32(SF_STR_TITLE))
    /// The artist. The corresponding C constant is `SF_STR_ARTIST`.
    public static let artist = Key(rawValue: Int32(SF_STR_ARTIST))
    /// The date. The corresponding C constant is `SF_STR_DATE`.
    public static let date = Key(rawValue: Int32(SF_STR_DATE))
    /// A comment. The corresponding C constant is `SF_STR_COMMENT`.
    public static let comment = Key(rawValue: Int32(SF_STR_COMMENT))
    /// The software. The corresponding C constant is `SF_STR_SOFTWARE`.
    public static let software = Key(rawValue: Int32(SF_STR_SOFTWARE))

    /// The keys ``AudioMetadata`` writes.
    public static let allCases: [Key] = [.title, .artist, .date, .comment, .software]

    /// The tag's name for messages.
    var name: String {
      switch self {
      case .title: "title"
      case .artist: "artist"
      case .date: "date"
      case .comment: "comment"
      case .software: "software"
      default: "string \(rawValue)"
      }
    }
  }
}

/// A cue point: a position in frames from the start of the file, with a label.
///
/// Cue points are written to WAV only (see ``WAVCueChunk``), without their names, so the
/// label is for callers (captions, manifests); it is not in the file.
public struct CueMarker: Sendable, Hashable {
  /// The position, in frames from the start of the file.
  public var frame: Int
  /// What starts at this position, such as a paragraph's identifier.
  public var label: String

  /// Creates a cue point at `frame`.
  public init(frame: Int, label: String) {
    self.frame = frame
    self.label = label
  }
}
