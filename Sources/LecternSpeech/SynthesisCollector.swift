import CEspeakNG

/// Gathers the audio and events of one synthesis call as the engine delivers them.
///
/// It travels to ``espeakSynthesisCallback`` through the call's `user_data`; event names
/// are only valid inside the callback, so everything is copied into Swift values there.
final class SynthesisCollector {
  let sampleRate: Int
  private(set) var samples: [Int16] = []
  private(set) var events: [SynthesisEvent] = []
  /// Whether the engine signalled the end of data (a callback with no wave).
  private(set) var reachedEnd = false

  /// A collector for a call of `characters` characters. Room for its samples is reserved at
  /// once, generously (untouched pages cost nothing): an array grown by doubling touches
  /// about twice its final size in new pages, and a worker's page faults are most of what a
  /// short call costs beyond the synthesis itself.
  init(sampleRate: Int, characters: Int = 0) {
    self.sampleRate = sampleRate
    samples.reserveCapacity(min(characters, 4_096) * sampleRate / 8 + sampleRate)
  }

  /// Appends one callback's audio and events.
  func receive(_ wave: UnsafeBufferPointer<Int16>?, events list: UnsafePointer<espeak_EVENT>) {
    if let wave { samples.append(contentsOf: wave) }
    var event = list
    while event.pointee.type != espeakEVENT_LIST_TERMINATED {
      let kind: SynthesisEvent.Kind? =
        switch event.pointee.type {
        case espeakEVENT_SENTENCE: .sentence
        case espeakEVENT_WORD: .word
        default: nil  // sample-rate, clause-end and mark events are not part of the timing
        }
      if let kind {
        events.append(
          SynthesisEvent(
            kind: kind, sample: Int(event.pointee.sample),
            textPosition: Int(event.pointee.text_position), length: Int(event.pointee.length)))
      }
      event += 1
    }
    if wave == nil { reachedEnd = true }
  }

  /// The collected speech, closed by an end event at the last sample and text position.
  func speech(textLength: Int) -> Speech {
    var all = events
    all.append(
      SynthesisEvent(kind: .end, sample: samples.count, textPosition: textLength, length: 0))
    return Speech(samples: samples, sampleRate: sampleRate, events: all)
  }
}

/// The engine's synthesis callback: a top-level function, since a C function pointer cannot
/// capture; the call's ``SynthesisCollector`` comes through the events' `user_data`.
///
/// Returns 0 to continue synthesis. The end of data is a call with a `NULL` wave.
func espeakSynthesisCallback(
  _ wave: UnsafeMutablePointer<Int16>?, _ count: Int32,
  _ events: UnsafeMutablePointer<espeak_EVENT>?
) -> Int32 {
  guard let events, let context = events.pointee.user_data else { return 0 }
  let collector = Unmanaged<SynthesisCollector>.fromOpaque(context).takeUnretainedValue()
  let audio = wave.map { UnsafeBufferPointer(start: $0, count: Int(max(count, 0))) }
  collector.receive(audio, events: events)
  return 0
}
