import Foundation

/// The text of a CSV roster as spreadsheets save it: UTF-8 with or without a byte order
/// mark, or UTF-16 (Excel's "Unicode text"). Bytes that are not UTF-8 (a file saved as
/// Windows-1252) become U+FFFD, and only the rows holding one are refused, with the fix.
struct RosterText {
  var text: String
  /// True when some bytes were not UTF-8 and were replaced.
  var hasUndecodableBytes: Bool

  static let fix = "save the roster as UTF-8 (in Excel: Save As → CSV UTF-8)"
  static let replacement: Character = "\u{FFFD}"

  static func decode(_ data: Data) -> RosterText {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let utf16: String.Encoding?
    if bytes.starts(with: [0xFF, 0xFE]) {
      utf16 = .utf16LittleEndian
      bytes.removeFirst(2)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      utf16 = .utf16BigEndian
      bytes.removeFirst(2)
    } else if bytes.count >= 4, bytes[bytes.startIndex + 1] == 0, bytes[bytes.startIndex + 3] == 0,
      bytes[bytes.startIndex] != 0
    {
      utf16 = .utf16LittleEndian  // UTF-16 without its mark: every other byte is zero
    } else {
      utf16 = nil
    }
    var text: String
    var replaced = false
    if let utf16, let decoded = String(data: bytes, encoding: utf16) {
      text = decoded
    } else if let decoded = String(data: bytes, encoding: .utf8) {
      text = decoded
    } else {
      text = String(decoding: bytes, as: UTF8.self)
      replaced = true
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    return RosterText(text: text, hasUndecodableBytes: replaced)
  }
}
