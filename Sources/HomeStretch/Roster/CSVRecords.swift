/// The records of a CSV roster. The delimiter (comma, semicolon or tab) is the header's.
/// When a quote is never closed, each line is read on its own, so one bad line costs one row.
struct CSVRecords {
  struct Record {
    /// The row number as a spreadsheet shows it: the header is row 1 (the line a record
    /// starts on, so a value broken over lines keeps the numbers of the rows after it right).
    var number: Int
    var fields: [String]
    /// Why the row could not be read, if it could not.
    var problem: String?
  }

  var header: [String]?
  var rows: [Record]
  var delimiter: Character = ","

  static let unclosedQuote =
    "cannot be read as CSV: a quote mark is not closed (put \"quotes\" around the whole value, and double any quote inside it)"

  static func read(text: String, name: String) throws(InputErrors) -> CSVRecords {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Excel's `sep=;` first line names the delimiter; it is no header. It is kept as a
    // blank line so every row keeps its line number.
    var named: Character?
    if let first = lines.first, first.lowercased().hasPrefix("sep="), first.count == 5, let last = first.last,
      CSVParser.delimiters.contains(last)
    {
      named = last
      lines[0] = ""
    }
    let text = lines.joined(separator: "\n")
    guard let first = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      return CSVRecords(header: nil, rows: [])
    }
    let parser = CSVParser(delimiter: named ?? CSVParser.detectDelimiter(header: first))
    // A well-formed CSV file has an even number of quote marks (quotes inside values are
    // doubled); an odd count means a quote was never closed.
    let balanced = text.unicodeScalars.filter { $0 == "\"" }.count % 2 == 0
    if balanced {
      let all = parser.records(text)
      if all.allSatisfy(\.closed) {
        // No record at all: only blank lines and delimiters, an empty roster.
        let rows = all.dropFirst().map { Record(number: $0.line, fields: $0.fields) }
        return CSVRecords(header: all.first?.fields, rows: rows, delimiter: parser.delimiter)
      }
    }
    // Line by line: each line is a record of its own.
    guard let header = parser.records(String(first)).first, header.closed else {
      throw InputErrors([
        InputError(file: name, line: 1, field: nil, message: "the header row cannot be read as CSV (check its quotes)")
      ])
    }
    var rows: [Record] = []
    let headerLine = (lines.firstIndex(of: first) ?? 0) + 1
    for (index, line) in lines.enumerated() where index + 1 > headerLine && !line.allSatisfy(\.isWhitespace) {
      if line.unicodeScalars.filter({ $0 == "\"" }).count % 2 == 0, let record = parser.records(String(line)).first {
        rows.append(Record(number: index + 1, fields: record.fields))
      } else {
        rows.append(Record(number: index + 1, fields: [], problem: unclosedQuote))
      }
    }
    return CSVRecords(header: header.fields, rows: rows, delimiter: parser.delimiter)
  }
}
