import LecternSupport

/// The messages between the processes of a ``ForkingSynthesisPool``, as
/// length-prefixed records on two pipes: a tag byte, the payload length (`UInt32`), the
/// payload. Both ends are this same program, so the encoding needs no versioning.
enum PoolMessage {
  /// → run `job` (sequence number `sequence`) in a fresh child.
  case run(sequence: Int, job: SynthesisJob, timeLimit: UInt32)
  /// ← job `sequence` ended with `outcome`.
  case ended(sequence: Int, outcome: SynthesisOutcome)

  var encoded: [UInt8] {
    var payload = ByteWriter()
    let tag: UInt8
    switch self {
    case .run(let sequence, let job, let timeLimit):
      tag = 1
      payload.append(UInt32(clamping: sequence))
      payload.append(timeLimit)
      payload.append(job.id)
      payload.append(job.destination)
      payload.append(job.key)
      payload.append(UInt32(clamping: job.skipping.count))
      for index in job.skipping.sorted() { payload.append(Int32(clamping: index)) }
      payload.append(UInt32(clamping: job.calls.count))
      for call in job.calls { Self.append(call, to: &payload) }
    case .ended(let sequence, let outcome):
      tag = 2
      payload.append(UInt32(clamping: sequence))
      switch outcome {
      case .finished:
        payload.append(UInt8(0))
      case .crashed(let callIndex, let reason):
        payload.append(UInt8(1))
        payload.append(Int32(clamping: callIndex))
        payload.append(reason)
      case .failed(let error):
        payload.append(UInt8(2))
        payload.append(contentsOf: ChildReport.failed(error).encoded)
      }
    }
    var record = ByteWriter(capacity: payload.bytes.count + 5)
    record.append(tag)
    record.append(UInt32(payload.bytes.count))
    record.append(contentsOf: payload.bytes)
    return record.bytes
  }

  /// Takes the complete messages off the front of `buffer`; a partial one stays for later.
  static func take(from buffer: inout [UInt8]) -> [PoolMessage] {
    var messages: [PoolMessage] = []
    var consumed = 0
    while true {
      var header = ByteReader(buffer, offset: consumed)
      guard let tag = header.read(UInt8.self), let length = header.read(UInt32.self),
        header.remaining >= Int(length)
      else { break }
      var reader = ByteReader(buffer, offset: header.offset, end: header.offset + Int(length))
      if let message = decode(tag: tag, &reader) { messages.append(message) }
      consumed = header.offset + Int(length)
    }
    if consumed > 0 { buffer.removeFirst(consumed) }
    return messages
  }

  private static func decode(tag: UInt8, _ reader: inout ByteReader) -> PoolMessage? {
    guard let sequence = reader.read(UInt32.self) else { return nil }
    switch tag {
    case 1:
      guard let timeLimit = reader.read(UInt32.self), let id = reader.readString(),
        let destination = reader.readString(), let key = reader.readString(),
        let skipCount = reader.read(UInt32.self)
      else { return nil }
      var skipping = Set<Int>()
      for _ in 0..<skipCount {
        guard let index = reader.read(Int32.self) else { return nil }
        skipping.insert(Int(index))
      }
      guard let callCount = reader.read(UInt32.self) else { return nil }
      var calls: [SynthesisCall] = []
      for _ in 0..<callCount {
        guard let call = readCall(&reader) else { return nil }
        calls.append(call)
      }
      let job = SynthesisJob(
        id: id, calls: calls, skipping: skipping, destination: destination, key: key)
      return .run(sequence: Int(sequence), job: job, timeLimit: timeLimit)
    case 2:
      guard let kind = reader.read(UInt8.self) else { return nil }
      switch kind {
      case 0:
        return .ended(sequence: Int(sequence), outcome: .finished)
      case 1:
        guard let callIndex = reader.read(Int32.self), let reason = reader.readString() else {
          return nil
        }
        return .ended(
          sequence: Int(sequence), outcome: .crashed(callIndex: Int(callIndex), reason: reason))
      default:
        guard case .failed(let error)? = ChildReport.decode(reader.rest).first else { return nil }
        return .ended(sequence: Int(sequence), outcome: .failed(error))
      }
    default:
      return nil
    }
  }

  private static func append(_ call: SynthesisCall, to payload: inout ByteWriter) {
    payload.append(call.text)
    payload.append(call.voice.identifier)
    payload.append(call.voice.variant ?? "")
    for value in [
      call.voice.rate, call.voice.pitch, call.voice.range, call.voice.volume, call.voice.wordGap,
    ] {
      payload.append(Int32(clamping: value))
    }
    payload.append(UInt8((call.options.endPause ? 1 : 0) | (call.options.phonemes ? 2 : 0)))
  }

  private static func readCall(_ reader: inout ByteReader) -> SynthesisCall? {
    guard let text = reader.readString(), let identifier = reader.readString(),
      let variant = reader.readString()
    else { return nil }
    var values: [Int] = []
    for _ in 0..<5 {
      guard let value = reader.read(Int32.self) else { return nil }
      values.append(Int(value))
    }
    guard let flags = reader.read(UInt8.self) else { return nil }
    let voice = VoiceSettings(
      identifier: identifier, variant: variant.isEmpty ? nil : variant, rate: values[0],
      pitch: values[1], range: values[2], volume: values[3], wordGap: values[4])
    return SynthesisCall(
      text: text, voice: voice,
      options: SynthesisOptions(endPause: flags & 1 != 0, phonemes: flags & 2 != 0))
  }
}
