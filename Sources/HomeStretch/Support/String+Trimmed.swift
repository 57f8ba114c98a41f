extension String {
  /// The text without leading and trailing white space and line breaks. Native Swift,
  /// because Foundation's `trimmingCharacters(in:)` bridges through NSString on Linux and
  /// showed up when reading the catalogue.
  var trimmedWhitespace: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
