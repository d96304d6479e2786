import Foundation

/// Which build of Lectern is running, so that a render made by another build is not taken for
/// current: a fix to the writer, the captions or the page changes outputs without changing
/// any plan or synthesis key.
///
/// It is the GNU build ID the linker writes into the executable (`.note.gnu.build-id`, a hash
/// of the linked program), read from `/proc/self/exe`; without one, the executable's size and
/// modification time. Every shard of a batch runs the same executable, so they agree.
public enum ProgramIdentity {
  /// `build-id:HEX`, or `file:SIZE:MTIME`, or `unknown` when the executable cannot be read.
  public static let current: String = identify(executable: "/proc/self/exe")

  /// The identity of the ELF executable at `path`.
  static func identify(executable path: String) -> String {
    if let handle = FileHandle(forReadingAtPath: path) {
      defer { try? handle.close() }
      if let id = buildID(handle) { return "build-id:" + id }
    }
    guard FileManager.default.isReadableFile(atPath: path) else { return "unknown" }
    let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
    guard let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date
    else { return "unknown" }
    return "file:\(size):\(date.timeIntervalSince1970)"
  }

  /// The GNU build ID in a 64-bit little-endian ELF file's `PT_NOTE` segments, in hex.
  static func buildID(_ file: FileHandle) -> String? {
    guard let header = read(file, at: 0, count: 64), header.count == 64,
      header.prefix(4) == [0x7F, 0x45, 0x4C, 0x46], header[4] == 2, header[5] == 1
    else { return nil }
    let table = Int(word(header, 32, 8))
    let entrySize = Int(word(header, 54, 2))
    let entries = Int(word(header, 56, 2))
    guard entrySize >= 56, entries < 256 else { return nil }
    for index in 0..<entries {
      guard let entry = read(file, at: table + index * entrySize, count: 56), entry.count == 56,
        word(entry, 0, 4) == 4  // PT_NOTE
      else { continue }
      let size = Int(word(entry, 32, 8))
      guard size < 1 << 20, let notes = read(file, at: Int(word(entry, 8, 8)), count: size),
        let id = gnuBuildID(in: notes)
      else { continue }
      return id
    }
    return nil
  }

  /// The descriptor of the note of type `NT_GNU_BUILD_ID` (3) named `GNU`, in hex.
  static func gnuBuildID(in notes: [UInt8]) -> String? {
    var offset = 0
    while offset + 12 <= notes.count {
      let nameSize = Int(word(notes, offset, 4))
      let descriptorSize = Int(word(notes, offset + 4, 4))
      let type = word(notes, offset + 8, 4)
      let name = offset + 12
      let descriptor = name + (nameSize + 3) / 4 * 4
      let next = descriptor + (descriptorSize + 3) / 4 * 4
      guard next <= notes.count else { return nil }
      if type == 3, nameSize == 4, notes[name..<name + 4].elementsEqual([0x47, 0x4E, 0x55, 0]) {
        return notes[descriptor..<descriptor + descriptorSize]
          .map { String($0, radix: 16).leftPadded(to: 2) }.joined()
      }
      offset = next
    }
    return nil
  }

  private static func read(_ file: FileHandle, at offset: Int, count: Int) -> [UInt8]? {
    guard offset >= 0, (try? file.seek(toOffset: UInt64(offset))) != nil,
      let data = try? file.read(upToCount: count)
    else { return nil }
    return [UInt8](data)
  }

  /// The little-endian unsigned integer of `size` bytes at `offset`.
  private static func word(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> UInt64 {
    guard offset + size <= bytes.count else { return 0 }
    return (0..<size).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[offset + $1]) }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
