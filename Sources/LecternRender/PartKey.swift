import LecternText

/// The key of a part's audio as laid out, before mastering: its synthesis key, which covers
/// the speech, and the pauses laid out between its utterances, which come from the voice
/// profiles and are no part of synthesis. Equal keys, identical samples: a profile's
/// `pause-utterance` edited (in `watch`, or between two renders) changes the part's key in
/// the manifest and its file key, so the previous file is not linked in its place.
enum PartKey {
  /// The key of `part`, synthesized with key `synthesis`, laid out by `casting`.
  static func of(_ part: Part, synthesis: String, casting: VoiceCasting) -> String {
    let pauses = part.utterances.dropLast().map { String(casting.pauseAfter($0)) }
    var hash = SHA256()
    hash.update("lectern-part-layout-v1\n\(synthesis)\n\(pauses.joined(separator: ","))\n")
    return hash.finalizeHex()
  }
}
