/// Lines of a page that are not part of the address wherever they stand: navigation,
/// labelled fields, delivery notes, page numbers and rules.
enum Furniture {
  /// Why the line is not spoken, or nil when it may be part of the address.
  static func reason(for line: String) -> String? {
    // Furniture is short; a long line is text, and is not scanned further here.
    if line.unicodeScalars.count > LineShape.longestHeaderLine { return nil }
    if LineShape.isNavigation(line) { return "page navigation, not part of the address" }
    if let label = LineShape.label(line) {
      return label == "|"
        ? "page fields separated by bars, not part of the address"
        : "page label (\(label)), not part of the address"
    }
    if LineShape.isDeliveryNote(line) { return "delivery note, not part of the address" }
    if LineShape.hasNoLetters(line) && LineShape.paragraphNumber(line) == nil
      && DateFinder.find(in: line) == nil
    {
      return "no words: a page number or a rule"
    }
    return nil
  }
}
