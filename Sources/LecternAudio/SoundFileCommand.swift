import CSndFile

/// A libsndfile control command, the second argument of `sf_command`.
///
/// The corresponding C constants are `SFC_*`; they import into Swift as `Int`, hence the
/// conversions.
struct SoundFileCommand: RawRepresentable, Sendable, Hashable {
  /// The raw C command.
  var rawValue: Int32

  /// Creates a strongly-typed command from a raw C command.
  init(rawValue: Int32) { self.rawValue = rawValue }

  /// Reads the number of cue points into a `uint32_t`.
  ///
  /// The corresponding C constant is `SFC_GET_CUE_COUNT`.
  static let getCueCount = SoundFileCommand(rawValue: Int32(SFC_GET_CUE_COUNT))

  /// Copies the cue points into a variable-length `SF_CUES` of the given size.
  ///
  /// The corresponding C constant is `SFC_GET_CUE`.
  static let getCue = SoundFileCommand(rawValue: Int32(SFC_GET_CUE))

  /// Sets the cue points from a variable-length `SF_CUES`; accepted only before the first
  /// write.
  ///
  /// The corresponding C constant is `SFC_SET_CUE`.
  static let setCue = SoundFileCommand(rawValue: Int32(SFC_SET_CUE))
}
