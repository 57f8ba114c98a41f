import Handout

/// The health-literacy check of the handout beside the preview, as `homestretch render
/// --check` prints it: each criterion, its measure, pass or fail, and for a failure the
/// worst sentence with its page. Folded to one line when everything passes; open, with the
/// failures first, when something fails.
public enum LiteracyPanel {
  public static func html(_ report: LiteracyReport) -> String {
    let failures = report.failures.count
    let counted = report.criteria.filter { !$0.informational }.count
    let summary =
      failures == 0
      ? "Health-literacy check: all \(counted) criteria pass"
      : "Health-literacy check: \(failures) of \(counted) criteria fail"
    var out = """
      <details class="literacy \(failures == 0 ? "passed" : "failed")" id="literacy"\(failures == 0 ? "" : " open")>
      <summary>\(summary)</summary>
      <ul class="criteria">

      """
    // Failures first, then the rest in the check's order.
    let ordered =
      report.criteria.filter { !$0.passed && !$0.informational }
      + report.criteria.filter { $0.passed || $0.informational }
    for criterion in ordered {
      let result = criterion.informational ? "info" : (criterion.passed ? "pass" : "fail")
      out += "<li class=\"criterion \(result)\"><span class=\"mark\">\(result)</span> "
      out += "<strong>\(HTML.escape(criterion.name))</strong>: \(HTML.escape(criterion.measure))"
      if let worst = criterion.worst, !criterion.passed || criterion.informational {
        let page = criterion.page.map { "<a href=\"#\(PageThumbnails.anchor(page: $0))\">page \($0)</a>: " } ?? ""
        out += "<br><span class=\"worst\">\(page)\u{201C}\(HTML.escape(worst))\u{201D}</span>"
      }
      out += "</li>\n"
    }
    return out + "</ul>\n</details>\n"
  }
}
