import LecternText

/// How the whole file is gated: exactly, from every block, for documents of ordinary length;
/// from a histogram, in fixed memory, for very long ones.
extension WholeMeter {
  /// Documents of more bytes of spoken text (UTF-8) than this are gated from a histogram:
  /// about two hours of English, and of Chinese (three bytes a character, four or five
  /// characters a second). libebur128 otherwise keeps every 400 ms block of the whole file
  /// (32 bytes per 100 ms of audio, 2 KiB per one-sentence paragraph), the largest share of
  /// a render's memory that grows with its length. Shorter ones keep exact gating, so their
  /// figures, and every file of their render, stay what they were.
  static let exactGatingBytes = 100_000

  /// Whether the whole file of `plan` is gated from a histogram (see
  /// ``exactGatingBytes``); decided from the plan, so a document's figures never
  /// depend on anything but its text and settings.
  static func gatesByHistogram(_ plan: RenderPlan) -> Bool {
    var bytes = 0
    for part in plan.parts {
      for utterance in part.utterances {
        for span in utterance.spans { bytes += span.spoken.utf8.count }
      }
      if bytes > exactGatingBytes { return true }
    }
    return false
  }
}
