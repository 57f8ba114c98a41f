/// The grammar every language's texts go through: templates filled by name, plurals, lists
/// and dates. What differs between languages is in the values (the plural pairs, the list
/// separators, the date patterns and names); the code is the same for all.
extension Wording {
  /// `template` with each `{key}` replaced by its value; unknown keys are left as written,
  /// so a missing value shows in a test instead of vanishing.
  public func fill(_ template: String, _ values: [String: String]) -> String {
    Self.fill(template, values)
  }

  static func fill(_ template: String, _ values: [String: String]) -> String {
    // Braces are ASCII: found in the UTF-8 bytes, never splitting a character.
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    let utf8 = template.utf8
    guard utf8.contains(open) else { return template }
    var out = ""
    out.reserveCapacity(utf8.count + 16)
    var rest = utf8[...]
    while let start = rest.firstIndex(of: open) {
      out += Substring(rest[..<start])
      guard let end = rest[start...].firstIndex(of: close) else {
        rest = rest[start...]
        break
      }
      let key = String(Substring(rest[utf8.index(after: start)..<end]))
      if let value = values[key] { out += value } else { out += Substring(rest[start...end]) }
      rest = rest[utf8.index(after: end)...]
    }
    return out + Substring(rest)
  }

  /// "a", "a and b", "a, b and c".
  public func list(_ words: [String]) -> String {
    switch words.count {
    case 0: return ""
    case 1: return words[0]
    default: return words.dropLast().joined(separator: listSeparator) + listLastSeparator + words[words.count - 1]
    }
  }

  public func weekdayName(_ day: Weekday) -> String { weekdayNames[day] ?? day.rawValue }

  public func weekdayShort(_ day: Weekday) -> String { weekdayShortNames[day] ?? day.rawValue }

  /// "Monday, November 23, 2026" in US English.
  public func longDate(_ date: CalendarDate) -> String { format(date, longDatePattern) }

  /// "Nov 23" in US English.
  public func shortDate(_ date: CalendarDate) -> String { format(date, shortDatePattern) }

  func format(_ date: CalendarDate, _ pattern: String) -> String {
    fill(
      pattern,
      [
        "weekday": weekdayName(date.weekday), "day": "\(date.day)", "month": monthNames[date.month - 1],
        "mon": monthShortNames[date.month - 1], "year": "\(date.year)",
      ])
  }
}

/// A text with a singular and a plural form, `{n}` standing for the number. The form is
/// picked by the rule English and Spanish share (one for 1, other for every other number);
/// a language with more forms would add them here.
public struct Plural: Hashable, Sendable {
  public var one: String
  public var other: String

  public init(one: String, other: String) {
    self.one = one
    self.other = other
  }

  /// The form for `n`, with `{n}` and any other `values` filled in.
  public func callAsFunction(_ n: Int, _ values: [String: String] = [:]) -> String {
    Wording.fill(n == 1 ? one : other, values.merging(["n": "\(n)"]) { $1 })
  }
}
