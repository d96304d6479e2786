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
  /// The album: for Lectern, the address's title (`SF_STR_ALBUM`).
  public var album: String?
  /// The track number, 1-based (`SF_STR_TRACKNUMBER`); 0 for none.
  public var track = 0
  /// The number of tracks (TagLib only: `TRCK n/m`, `TRACKTOTAL`); 0 for none.
  public var trackCount = 0
  /// The language, BCP 47 (TagLib only: `TLAN`, `LANGUAGE`).
  public var language: String?

  /// Creates metadata; every tag defaults to absent.
  public init(
    title: String? = nil, artist: String? = nil, date: String? = nil, comment: String? = nil,
    software: String? = nil, album: String? = nil, track: Int = 0, trackCount: Int = 0,
    language: String? = nil
  ) {
    self.title = title
    self.artist = artist
    self.date = date
    self.comment = comment
    self.software = software
    self.album = album
    self.track = track
    self.trackCount = trackCount
    self.language = language
  }

  /// The tags libsndfile writes that are present, in a fixed order.
  var entries: [(key: Key, value: String)] {
    let all: [(Key, String?)] = [
      (.title, title), (.artist, artist), (.date, date), (.comment, comment),
      (.software, software), (.album, album), (.track, track > 0 ? String(track) : nil),
    ]
    return all.compactMap { key, value in value.map { (key, $0) } }
  }

  /// The tags as the C strings `sf_set_string` gets for `format`.
  ///
  /// None for MP3: libsndfile hands MP3 tags to LAME, which writes ISO 8859-1 ID3 frames and
  /// an ID3v1 year cut from the date ("30" for "2019-10-30"); TagLib writes them instead
  /// (``AudioFileFinisher``). Other formats store UTF-8 as given.
  func cStrings(for format: AudioFormat) -> [(key: Key, value: [CChar])] {
    guard format != .mp3 else { return [] }
    return entries.map { key, value in
      let bytes = Array(value.utf8)
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
    /// The album. The corresponding C constant is `SF_STR_ALBUM`.
    public static let album = Key(rawValue: Int32(SF_STR_ALBUM))
    /// The track number. The corresponding C constant is `SF_STR_TRACKNUMBER`.
    public static let track = Key(rawValue: Int32(SF_STR_TRACKNUMBER))

    /// The keys ``AudioMetadata`` writes.
    public static let allCases: [Key] = [
      .title, .artist, .date, .comment, .software, .album, .track,
    ]

    /// The tag's name for messages.
    var name: String {
      switch self {
      case .title: "title"
      case .artist: "artist"
      case .date: "date"
      case .comment: "comment"
      case .software: "software"
      case .album: "album"
      case .track: "track number"
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
