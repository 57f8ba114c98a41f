import Handout

/// The preview's handout column: what will print (page count, paper, print size), the
/// health-literacy check, a thumbnail of every page and the print options with
/// **Download PDF**. Beside the plan on a laptop screen, below it on a narrow one.
enum HandoutAside {
  static let titleID = "handout-title"

  /// The column of `handout`, whose page images the server keeps under `id`.
  static func html(_ handout: Result<(preview: HandoutPreview, id: String), HandoutError>, print: String) -> String {
    var out = "<aside class=\"handout\" id=\"handout\" aria-labelledby=\"\(titleID)\">\n"
    switch handout {
    case .success(let kept):
      let preview = kept.preview
      let count = preview.pages.count
      let paper = preview.options.paper == .a4 ? "A4" : "letter"
      let size = preview.options.largePrint ? "large print" : "normal print"
      out += "<h2 id=\"\(titleID)\">The handout: \(count) page\(count == 1 ? "" : "s")</h2>\n"
      out += "<p class=\"handout-facts\">On \(paper) paper, in \(size), as it prints.</p>\n"
      out += LiteracyPanel.html(preview.literacy)
      out += PageThumbnails.html(preview.pages, id: kept.id)
    case .failure(let error):
      out += "<h2 id=\"\(titleID)\">The handout</h2>\n"
      out +=
        "<p class=\"field-error\" role=\"alert\">The pages could not be drawn: \(HTML.escape(error.message))</p>\n"
    }
    return out + print + "</aside>\n"
  }
}
