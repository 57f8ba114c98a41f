import Foundation
import Handout
import HomeStretch

/// A roster uploaded to the web app: the file's bytes and name, and the print options the
/// command line has (`render --paper`, `--large-print`) for the whole class.
public struct RosterUpload: Sendable {
  /// The file's name as the browser sent it, reduced to a plain name (it names the roster
  /// in messages: `class.csv:7: pain: ...`).
  public var fileName: String
  public var data: Data
  /// Paper for everyone; nil keeps each row's own `paper` (letter by default).
  public var paper: Paper?
  /// Large print for everyone; false keeps each row's own `large_print`.
  public var largePrint: Bool

  public init(fileName: String, data: Data, paper: Paper? = nil, largePrint: Bool = false) {
    self.fileName = Self.plainName(fileName)
    self.data = data
    self.paper = paper
    self.largePrint = largePrint
  }

  /// The last part of a path (some browsers send `C:\...\class.csv`), without control
  /// characters, at most 100 characters; `roster` when nothing is left.
  static func plainName(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: last.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) })
    let clean = String(scalars).trimmingCharacters(in: .whitespaces)
    return clean.isEmpty ? "roster" : String(clean.suffix(100))
  }

  /// The options of a row's handout: its own, with the upload's paper and large print.
  func options(for plan: Plan) -> HandoutOptions {
    var options = HandoutOptions(for: plan)
    if let paper { options.paper = paper }
    if largePrint { options.largePrint = true }
    return options
  }
}

/// A finished roster batch as the web app keeps it (in ``RosterResults``, in memory only):
/// every row's outcome, and the three downloads the command line writes into its folder.
public struct RosterBatch: MemorySized {
  /// The roster's file name, as messages name it.
  public var source: String
  /// Every row's outcome, the counts and summary.csv (the command line's).
  public var report: BatchReport
  /// What was accepted but should be said: ignored columns, implausible dates or ages.
  public var warnings: [String]
  /// `all.pdf`: every printed handout in roster order, each on a fresh sheet; nil when no
  /// row was printed.
  public var combinedPDF: Data?
  public var combinedPages: Int
  /// A zip of one PDF per printed row, under the batch's file names; nil when none.
  public var archive: Data?
  /// `summary.csv`, byte for byte as `homestretch batch` writes it.
  public var summaryCSV: Data
  /// What could not be made (all.pdf or the zip), in words.
  public var problems: [String]

  /// The bytes this batch holds in memory, for ``RosterResults``' budget.
  public var byteCount: Int {
    (combinedPDF?.count ?? 0) + (archive?.count ?? 0) + summaryCSV.count + report.outcomes.count * 4_096
  }
}
