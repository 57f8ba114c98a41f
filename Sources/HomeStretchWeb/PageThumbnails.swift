import Foundation
import Handout

/// The handout's pages as thumbnails on the preview: one `data:` PNG per page (the same
/// painter and layout as the PDF), each labelled with its page number, with an alt text
/// saying what is on it. A page opens larger over the preview by a plain link to its own
/// anchor (CSS `:target`), with links to the pages before and after and back (after the
/// image in the keyboard's order, shown above it): no JavaScript, and the keyboard works
/// (Tab to a page, Enter; Tab on to the links).
public enum PageThumbnails {
  /// The id of the list, the target of every "Back to the pages" link.
  public static let anchor = "pages"

  /// The id of page `number`'s thumbnail (and its larger view).
  public static func anchor(page number: Int) -> String { "page-\(number)" }

  /// Alt text: "Page 2 of 9: 1. Seated piriformis stretch".
  public static func altText(_ page: HandoutPreview.PageImage, of count: Int) -> String {
    "Page \(page.number) of \(count)" + (page.contents.isEmpty ? "" : ": \(page.contents)")
  }

  public static func html(_ pages: [HandoutPreview.PageImage]) -> String {
    var out =
      "<p class=\"hint\" id=\"pages-hint\">Select a page to see it larger; Back to the pages closes it.</p>\n"
      + "<ol class=\"thumbs\" id=\"\(anchor)\">\n"
    for page in pages {
      let id = anchor(page: page.number)
      let alt = HTML.escape(altText(page, of: pages.count))
      var navigation: [String] = []
      if page.number > 1 {
        navigation.append("<a href=\"#\(anchor(page: page.number - 1))\">Previous page</a>")
      }
      navigation.append("<a href=\"#\(anchor)\" class=\"close\">Back to the pages</a>")
      if page.number < pages.count {
        navigation.append("<a href=\"#\(anchor(page: page.number + 1))\">Next page</a>")
      }
      out += """
        <li class="thumb" id="\(id)">
        <figure>
        <a class="open" href="#\(id)" aria-describedby="pages-hint"><img src="data:image/png;base64,\(page.png.base64EncodedString())" \
        width="\(page.width)" height="\(page.height)" alt="\(alt)"></a>
        <figcaption><strong>Page \(page.number)</strong> <span class="contents">\(HTML.escape(page.contents))</span></figcaption>
        </figure>
        <p class="page-nav">\(navigation.joined(separator: " "))</p>
        <a class="backdrop" href="#\(anchor)" tabindex="-1" aria-hidden="true"></a>
        </li>

        """
    }
    return out + "</ol>\n"
  }
}
