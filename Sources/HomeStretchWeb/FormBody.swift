/// The fields of an `application/x-www-form-urlencoded` body, in order, a name repeated
/// once per ticked check box (`equipment=strap&equipment=chair`).
public struct FormBody: Hashable, Sendable {
  public var fields: [(name: String, value: String)] {
    pairs.map { (name: $0.name, value: $0.value) }
  }
  private var pairs: [Pair]

  struct Pair: Hashable, Sendable {
    var name: String
    var value: String
  }

  public init(_ fields: [(String, String)] = []) {
    pairs = fields.map { Pair(name: $0.0, value: $0.1) }
  }

  /// Parses a URL-encoded body; `+` is a space and `%XX` a byte of UTF-8 (invalid bytes
  /// become U+FFFD, so a bad body is a validation message, never a crash).
  public init(urlEncoded body: String) {
    pairs = []
    for part in body.split(separator: "&", omittingEmptySubsequences: true) {
      let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(halves[0])
      let value = halves.count > 1 ? Self.decode(halves[1]) : ""
      pairs.append(Pair(name: name, value: value))
    }
  }

  /// The first value given for `name`.
  public func value(_ name: String) -> String? {
    pairs.first { $0.name == name }?.value
  }

  /// Every value given for `name`, in order.
  public func values(_ name: String) -> [String] {
    pairs.filter { $0.name == name }.map(\.value)
  }

  /// Whether `name` was sent at all (a ticked check box).
  public func has(_ name: String) -> Bool {
    pairs.contains { $0.name == name }
  }

  /// The body written back as `application/x-www-form-urlencoded`.
  public var urlEncoded: String {
    pairs.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
  }

  static func decode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = Array(text.utf8)[...]
    while let byte = iterator.popFirst() {
      if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
        let high = hexValue(iterator[iterator.startIndex]),
        let low = hexValue(iterator[iterator.startIndex + 1])
      {
        bytes.append(high << 4 | low)
        iterator = iterator.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func encode(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "*"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: " "):
        out += "+"
      default:
        let digits = Array("0123456789ABCDEF")
        out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
      }
    }
    return out
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
