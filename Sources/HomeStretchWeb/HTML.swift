/// Escaping for text placed in HTML: every patient-supplied text goes through it, so a name
/// like `<img src=x onerror=alert(1)>` is shown as text, never run.
public enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` written as entities: safe in element content
  /// and in double- or single-quoted attribute values.
  ///
  ///     HTML.escape("<b>")  // "&lt;b&gt;"
  public static func escape(_ text: String) -> String {
    // Most texts have nothing to escape: they are returned as they are.
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
      return text
    }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }

  /// A whole page: the small local stylesheet, no script, no external resource.
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <link rel="stylesheet" href="/style.css">
    </head>
    <body>
    <header class="top"><a class="brand" href="/">HomeStretch</a>
    <nav aria-label="Pages"><a href="/">New patient</a> <a href="/roster">Class roster</a></nav>
    \(LoginHeader.current?.html ?? "<span class=\"tag\">runs on this computer only: no patient data leaves it</span>")</header>
    <main>
    \(body)
    </main>
    </body>
    </html>

    """
  }
}
