/// Text made safe for HTML, shared by the pages Lectern writes (the listening page, the batch
/// report).
public enum HTMLText {
  /// `text` with `& < > " '` escaped, for HTML text and quoted attribute values.
  public static func escaped(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
