import Foundation
import Handout

/// The handout's pages as thumbnails on the preview (the same painter and layout as the
/// PDF), each labelled with its page number, with an alt text saying what is on it. The
/// images are addresses of the server (``WebApp/pageImagePath(_:page:size:)``: the kept
/// preview's random id and the page's number, nothing of the patient), drawn when the
/// browser asks for them, so the preview page itself is sent at once. A page opens larger
/// over the preview by a plain link to its own anchor (CSS `:target`), its larger image
/// loaded only then, with links to the pages before and after and back (after the image in
/// the keyboard's order, shown above it): no JavaScript, and the keyboard works (Tab to a
/// page, Enter; Tab on to the links).
public enum PageThumbnails {
  /// The id of the list, the target of every "Back to the pages" link.
  public static let anchor = "pages"

  /// The width of a thumbnail on the page, in CSS pixels; its image has twice the pixels,
  /// sharp on a high-density screen.
  public static let shownWidth = 175

  /// The id of page `number`'s thumbnail (and its larger view).
  public static func anchor(page number: Int) -> String { "page-\(number)" }

  /// Alt text: "Page 2 of 9: 1. Seated piriformis stretch".
  public static func altText(_ page: HandoutPreview.PageSummary, of count: Int) -> String {
    "Page \(page.number) of \(count)" + (page.contents.isEmpty ? "" : ": \(page.contents)")
  }

  /// The thumbnails of `pages`, whose images the server keeps under `id`.
  public static func html(_ pages: [HandoutPreview.PageSummary], id: String) -> String {
    var out =
      "<p class=\"hint\" id=\"pages-hint\">Select a page to see it larger; Back to the pages closes it.</p>\n"
      + "<ol class=\"thumbs\" id=\"\(anchor)\">\n"
    for page in pages {
      let anchor = anchor(page: page.number)
      let alt = HTML.escape(altText(page, of: pages.count))
      var navigation: [String] = []
      if page.number > 1 {
        navigation.append("<a href=\"#\(self.anchor(page: page.number - 1))\">Previous page</a>")
      }
      navigation.append("<a href=\"#\(self.anchor)\" class=\"close\">Back to the pages</a>")
      if page.number < pages.count {
        navigation.append("<a href=\"#\(self.anchor(page: page.number + 1))\">Next page</a>")
      }
      let small = PageImageSize.thumbnail
      let large = PageImageSize.larger
      out += """
        <li class="thumb" id="\(anchor)">
        <figure>
        <a class="open" href="#\(anchor)" aria-describedby="pages-hint"><img class="small" \
        src="\(WebApp.pageImagePath(id, page: page.number, size: small))" width="\(shownWidth)" \
        height="\(page.pixelHeight(width: shownWidth))" alt="\(alt)"></a>
        <img class="large" loading="lazy" src="\(WebApp.pageImagePath(id, page: page.number, size: large))" \
        width="\(large.pixelWidth)" height="\(page.pixelHeight(width: large.pixelWidth))" alt="\(alt)">
        <figcaption><strong>Page \(page.number)</strong> <span class="contents">\(HTML.escape(page.contents))</span></figcaption>
        </figure>
        <p class="page-nav">\(navigation.joined(separator: " "))</p>
        <a class="backdrop" href="#\(self.anchor)" tabindex="-1" aria-hidden="true"></a>
        </li>

        """
    }
    return out + "</ol>\n"
  }
}

/// The two sizes a page image is drawn at.
public enum PageImageSize: String, CaseIterable, Sendable {
  /// In the grid of pages: twice ``PageThumbnails/shownWidth``.
  case thumbnail = "small.png"
  /// Opened over the preview: 96 pixels per inch on letter paper, so it reads like a web
  /// page.
  case larger = "large.png"

  public var pixelWidth: Int {
    switch self {
    case .thumbnail: return 2 * PageThumbnails.shownWidth
    case .larger: return 816
    }
  }
}
