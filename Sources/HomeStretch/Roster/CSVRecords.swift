import SwiftCSV

/// The records of a CSV roster, read with SwiftCSV. When the file as a whole cannot be read
/// (a stray or unclosed quote), each line is read on its own, so one bad line costs one row.
struct CSVRecords {
  struct Record {
    /// The row number as a spreadsheet shows it: the header is row 1.
    var number: Int
    var fields: [String]
    /// Why the row could not be read, if it could not.
    var problem: String?
  }

  var header: [String]?
  var rows: [Record]

  static func read(text: String, name: String) throws(InputErrors) -> CSVRecords {
    // A well-formed CSV file has an even number of quote marks (quotes inside values are
    // doubled); an odd count means a quote was never closed.
    let balanced = text.unicodeScalars.filter { $0 == "\"" }.count % 2 == 0
    if balanced, let all = try? parse(text) {
      guard let header = all.first else { return CSVRecords(header: nil, rows: []) }
      let rows = all.dropFirst().enumerated().compactMap { index, fields -> Record? in
        fields.allSatisfy(\.isEmpty) ? nil : Record(number: index + 2, fields: fields)
      }
      return CSVRecords(header: header, rows: rows)
    }
    // Line by line: each line is a record of its own.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let first = lines.first, let header = try? parse(first).first else {
      throw InputErrors([
        InputError(file: name, line: 1, field: nil, message: "the header row cannot be read as CSV (check its quotes)")
      ])
    }
    var rows: [Record] = []
    for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      if line.unicodeScalars.filter({ $0 == "\"" }).count % 2 == 0, let fields = try? parse(line).first {
        rows.append(Record(number: index + 1, fields: fields))
      } else {
        rows.append(
          Record(
            number: index + 1, fields: [],
            problem:
              "cannot be read as CSV: a quote mark is not closed (put \"quotes\" around the whole value, and double any quote inside it)"
          ))
      }
    }
    return CSVRecords(header: header, rows: rows)
  }

  static func parse(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
    rows.append(csv.header)
    rows += csv.rows
    return rows.filter { !$0.isEmpty }
  }
}
