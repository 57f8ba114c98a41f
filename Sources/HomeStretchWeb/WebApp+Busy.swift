import Foundation
import HTTPTypes
import Handout
import Hummingbird
import NIOCore

extension WebApp {
  /// The answer when ``RenderQueue`` is full: 503 with `Retry-After`, so the server never
  /// piles up requests it cannot draw. Under `/api/` it is JSON
  /// (`{"error": "busy", "message": ..., "retryAfter": 2}`); otherwise a page that says
  /// why and offers **Try again** with what the form had sent (`retry`, posted to `path`
  /// again in hidden fields, never in a URL).
  static func busy(_ full: RenderQueue.Full, path: String, retry: FormBody? = nil, csrf: CSRFToken? = nil) -> Response {
    var response: Response
    if path.hasPrefix("/api/") {
      var fields = HTTPFields()
      fields[.contentType] = "application/json; charset=utf-8"
      fields[.cacheControl] = "no-store"
      let json = BusyAnswer(error: "busy", message: busyMessage(full), retryAfter: full.retryAfter)
      let data = (try? JSONEncoder().encode(json)) ?? Data()
      response = Response(
        status: .serviceUnavailable, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    } else {
      response = WebResponse.html(
        BusyPage.html(message: busyMessage(full), path: path, retry: retry, csrf: csrf?.value ?? ""),
        status: .serviceUnavailable)
    }
    response.headers[.retryAfter] = String(full.retryAfter)
    return response
  }

  static func busyMessage(_ full: RenderQueue.Full) -> String {
    "The server is busy: it is drawing \(full.workers) handout\(full.workers == 1 ? "" : "s") and "
      + "\(full.waiting) more \(full.waiting == 1 ? "is" : "are") waiting, the most it lets wait. "
      + "Nothing was lost: try again in \(full.retryAfter) seconds."
  }

  /// The JSON of a busy answer under `/api/`.
  struct BusyAnswer: Encodable {
    var error: String
    var message: String
    var retryAfter: Int
  }
}

/// The page of a 503: the message, and the form again as hidden fields behind a
/// **Try again** button, so the therapist loses nothing.
enum BusyPage {
  static func html(message: String, path: String, retry: FormBody?, csrf: String) -> String {
    var body = """
      <h1>Busy: try again in a moment</h1>
      <p class="field-error" role="alert">\(HTML.escape(message))</p>

      """
    if let retry {
      body += "<form method=\"post\" action=\"\(HTML.escape(path))\">\n" + FormPage.hidden("csrf", csrf)
      for field in retry.fields where field.name != "csrf" { body += FormPage.hidden(field.name, field.value) }
      body += "<p class=\"actions\"><button type=\"submit\" class=\"primary\">Try again</button></p>\n</form>\n"
    }
    body += "<p><a href=\"/\">\(retry == nil ? "Back to the form" : "Or start again with an empty form")</a></p>\n"
    return HTML.page(title: "Busy - HomeStretch", body: body)
  }
}
