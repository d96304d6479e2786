/// SHA-256 for other layers that name things by their content (a batch's record of its
/// documents), through the renderer's own implementation.
public enum ContentDigest {
  /// The SHA-256 of `bytes` as 64 lowercase hex digits.
  public static func sha256(_ bytes: [UInt8]) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.finalizeHex()
  }
}
