import Foundation
import Handout
import HomeStretch

/// The class roster pages: the upload form (a file and the print options, posted as
/// `multipart/form-data` to `/roster`), and the batch summary with every row's outcome and
/// the downloads. Works without JavaScript.
public enum RosterPage {
  /// The upload form; `problems` (the loader's messages) are shown above it.
  public static func upload(
    csrf: String, problems: [String] = [], paper: Paper? = nil, largePrint: Bool = false, lifetime: String
  ) -> String {
    var body = "<h1>Class roster</h1>\n"
    body +=
      "<p class=\"lead\">Print a home program for every patient of a class at once: upload the class's roster, "
      + "then download all the handouts in one PDF, a zip of the separate handouts, and the summary.</p>\n"
    if !problems.isEmpty {
      body += """
        <div class="error-summary" role="alert" id="problems">
        <h2>This file could not be read as a roster</h2>
        <ul>

        """
      for message in problems { body += "<li>\(HTML.escape(message))</li>\n" }
      body += "</ul>\n<p>Nothing was printed. Fix the file and upload it again.</p>\n</div>\n"
    }
    body += "<form method=\"post\" action=\"/roster\" enctype=\"multipart/form-data\" class=\"roster-upload\">\n"
    body += FormPage.hidden("csrf", csrf)
    body += """
      <fieldset class="group"><legend>Roster</legend>
      <div class="field"><label for="roster-file">Roster file (.csv or .yaml) <span class="required">(needed)</span></label>
      <input type="file" id="roster-file" name="roster" accept=".csv,.yaml,.yml,text/csv" required \
      aria-describedby="roster-file-hint">
      <p class="hint" id="roster-file-hint">A spreadsheet saved as CSV: a first row naming the profile fields \
      (name, condition, side, pain, ...) and one patient per row; or a YAML roster with defaults: and patients:. \
      Up to \(InputLimits.rosterBytes.formatted()) bytes (20 MB) and \(InputLimits.rosterPatients.formatted()) \
      patients. A bad row is reported and skipped; the others are printed.</p></div>
      </fieldset>
      <fieldset class="group"><legend>Printing</legend>
      <fieldset class="field radios" id="roster-paper" aria-describedby="roster-paper-hint">
      <legend>Paper</legend>

      """
    let choices: [(String, String)] = [("", "As each row says"), ("letter", "Letter"), ("a4", "A4")]
    for (index, choice) in choices.enumerated() {
      let checked = (paper?.rawValue ?? "") == choice.0 ? " checked" : ""
      body +=
        "<label class=\"option\" for=\"roster-paper-\(index)\"><input type=\"radio\" id=\"roster-paper-\(index)\" "
        + "name=\"paper\" value=\"\(choice.0)\"\(checked)> \(choice.1)</label>\n"
    }
    body += """
      <p class="hint" id="roster-paper-hint">"As each row says" uses the roster's paper column (letter when it is empty).</p>
      </fieldset>
      <div class="field flag"><label class="option" for="roster-large_print"><input type="checkbox" \
      id="roster-large_print" name="large_print" value="true"\(largePrint ? " checked" : "") \
      aria-describedby="roster-large_print-hint"> Large print for everyone</label>
      <p class="hint" id="roster-large_print-hint">16 pt text. Unticked, only the rows whose large_print column says \
      true get it.</p></div>
      </fieldset>
      <p class="actions"><button type="submit" class="primary">Print the class</button></p>
      </form>
      <p class="hint">The handouts are kept in this server's memory for \(HTML.escape(lifetime)) so you can download \
      them, then deleted; nothing is written to disk.</p>

      """
    return HTML.page(
      title: problems.isEmpty ? "Class roster - HomeStretch" : "Fix the roster - HomeStretch", body: body)
  }

  /// The batch summary: the counts, the downloads, and every row's outcome with its message.
  public static func summary(_ batch: RosterBatch, id: String, lifetime: String) -> String {
    let report = batch.report
    let rows = report.outcomes.count
    let printed = report.count(.written)
    let referrals = report.count(.referral)
    let failed = report.count(.failed) + report.count(.cancelled)
    var body = "<h1>Class roster: \(HTML.escape(batch.source))</h1>\n"
    var counts = [plural(printed, "handout printed", "handouts printed")]
    if referrals > 0 { counts.append(plural(referrals, "referral sheet", "referral sheets")) }
    if failed > 0 { counts.append(plural(failed, "row not printed", "rows not printed")) }
    body +=
      "<p class=\"lead\" id=\"counts\">\(plural(rows, "row", "rows")): \(counts.joined(separator: ", ")).</p>\n"
    if failed > 0 {
      body +=
        "<div class=\"error-summary\" role=\"alert\"><h2>\(plural(failed, "row needs", "rows need")) fixing</h2>\n"
        + "<p>Each is listed below with its message. Fix them in the roster and upload it again; "
        + "the other rows are printed.</p></div>\n"
    }
    for problem in batch.problems { body += "<p class=\"field-error\" role=\"alert\">\(HTML.escape(problem))</p>\n" }
    body += "<h2>Downloads</h2>\n<ul class=\"downloads\">\n"
    let base = "/roster/\(id)"
    if batch.combinedPDF != nil {
      body +=
        "<li><a class=\"button primary\" href=\"\(base)/all.pdf\">Download all.pdf</a> every handout in roster order, "
        + "each starting on a fresh sheet (\(plural(batch.combinedPages, "page", "pages"))): one print job</li>\n"
    }
    if batch.archive != nil {
      body +=
        "<li><a class=\"button\" href=\"\(base)/handouts.zip\">Download handouts.zip</a> "
        + "\(plural(printed + referrals, "PDF", "PDFs")), one per patient</li>\n"
    }
    body +=
      "<li><a class=\"button\" href=\"\(base)/summary.csv\">Download summary.csv</a> every row's outcome, "
      + "for a spreadsheet</li>\n</ul>\n"
    body +=
      "<p class=\"hint\">Kept in this server's memory for \(HTML.escape(lifetime)), then deleted: download what you "
      + "need now.</p>\n"
    if !batch.warnings.isEmpty {
      body += "<div class=\"warnings\"><h2>Check these</h2>\n<ul>\n"
      for warning in batch.warnings { body += "<li>\(HTML.escape(warning))</li>\n" }
      body += "</ul>\n</div>\n"
    }
    body += """
      <h2>Every row</h2>
      <table class="roster" id="rows">
      <thead><tr><th scope="col">Row</th><th scope="col">Patient</th><th scope="col">Outcome</th>\
      <th scope="col">Handout</th><th scope="col">Message</th></tr></thead>
      <tbody>

      """
    for outcome in report.outcomes {
      let file: String
      switch outcome.status {
      case .written, .referral:
        file =
          HTML.escape(outcome.job.fileName ?? "")
          + (outcome.pages > 0 ? ", \(plural(outcome.pages, "page", "pages"))" : "")
      case .failed, .cancelled:
        file = ""
      }
      let name =
        outcome.job.row.name.isEmpty ? "<span class=\"hint\">(no name)</span>" : HTML.escape(outcome.job.row.name)
      let message = outcome.message.split(separator: "\n").map { HTML.escape(String($0)) }.joined(separator: "<br>")
      body += """
        <tr class="\(outcome.status.rawValue)"><td>\(outcome.job.row.number)</td><td>\(name)</td>\
        <td>\(outcomeWords(outcome.status))</td><td>\(file)</td><td>\(message)</td></tr>

        """
    }
    body += "</tbody>\n</table>\n"
    body += "<p class=\"actions\"><a class=\"button\" href=\"/roster\">Upload another roster</a></p>\n"
    return HTML.page(title: "Class roster summary - HomeStretch", body: body)
  }

  /// An outcome as the summary says it.
  static func outcomeWords(_ status: BatchOutcome.Status) -> String {
    switch status {
    case .written: "Printed"
    case .referral: "<strong>Referral sheet</strong> (red flag: no exercises)"
    case .failed: "<strong>Not printed:</strong> fix this row"
    case .cancelled: "Stopped before this row"
    }
  }

  static func plural(_ count: Int, _ one: String, _ many: String) -> String {
    count == 1 ? "1 \(one)" : "\(count.formatted()) \(many)"
  }
}
