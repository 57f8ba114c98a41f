/// A small RFC 4180 reader that keeps what a spreadsheet export really holds: every record
/// with its own number of fields and the line it starts on, so one ragged row is reported on
/// its own instead of every row being padded to the widest one.
///
///     CSVParser(delimiter: ",").records("a,b\n\"x, y\",z\n")
///     // [(line 1: ["a", "b"]), (line 2: ["x, y", "z"])]
struct CSVParser {
  struct Record: Equatable {
    /// The line the record starts on, 1-based.
    var line: Int
    var fields: [String]
    /// False when a quoted value was never closed before the end of the text.
    var closed = true
  }

  /// The delimiters a spreadsheet writes: comma, semicolon (European Excel) and tab.
  static let delimiters: [Character] = [",", ";", "\t"]

  let delimiter: Character

  /// The delimiter the header line uses most, outside quotes; a comma on a tie or when
  /// the line has none (a one-column file).
  static func detectDelimiter(header line: Substring) -> Character {
    var counts: [Character: Int] = [:]
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if !quoted, delimiters.contains(character) {
        counts[character, default: 0] += 1
      }
    }
    return delimiters.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil }
      ?? ","
  }

  /// Every record of `text` (line breaks already `\n`), blank lines left out.
  func records(_ text: String) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var start = 1
    var quoted = false
    var wasQuoted = false
    var iterator = text.makeIterator()
    var pending: Character? = nil
    func endRecord(closed: Bool = true) {
      fields.append(field)
      // A blank line, or one of only delimiters (`,,,` as spreadsheets write), is no record.
      if wasQuoted || !fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
        records.append(Record(line: start, fields: fields, closed: closed))
      }
      fields = []
      field = ""
      wasQuoted = false
    }
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.append("\"")
            } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          if character == "\n" { line += 1 }
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"" where field.allSatisfy(\.isWhitespace):
        field = ""
        quoted = true
        wasQuoted = true
      case delimiter:
        fields.append(field)
        field = ""
      case "\n":
        endRecord()
        line += 1
        start = line
      default:
        field.append(character)
      }
    }
    if quoted {
      endRecord(closed: false)
    } else if !field.isEmpty || !fields.isEmpty || wasQuoted {
      endRecord()
    }
    return records
  }
}
