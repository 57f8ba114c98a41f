import Foundation
import HTTPTypes
import Hummingbird

/// Answers as the pages send them: HTML in UTF-8, PDFs as attachments.
enum WebResponse {
  static func html(_ html: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = "text/html; charset=utf-8"
    fields[.cacheControl] = "no-store"
    return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
  }

  /// A short page with a message, for every refusal (a 4xx with words, never a bare code).
  /// Under `/api/` (``APIErrorFormat``) the same refusal is JSON: `{"error": text}`.
  static func message(_ status: HTTPResponse.Status, title: String, text: String) -> Response {
    if APIErrorFormat.isJSON { return APIResponse.error(status, text) }
    return html(
      HTML.page(
        title: "\(title) - HomeStretch",
        body: "<h1>\(HTML.escape(title))</h1>\n<p class=\"field-error\" role=\"alert\">\(HTML.escape(text))</p>\n"
          + "<p><a href=\"/\">Back to the form</a></p>\n"),
      status: status)
  }

  static func pdf(_ data: Data, fileName: String) -> Response {
    var fields = HTTPFields()
    fields[.contentType] = "application/pdf"
    fields[.contentDisposition] = contentDisposition(fileName)
    fields[.cacheControl] = "no-store"
    return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  /// `attachment` with an ASCII name (letters, digits, hyphens, dots only) and the UTF-8
  /// name beside it, so no quote, slash or line break from a patient's name reaches the
  /// header; `fallback` is the ASCII name when the name has no ASCII letter or digit.
  static func contentDisposition(_ fileName: String, fallback: String = "handout.pdf") -> String {
    let ascii = String(
      fileName.unicodeScalars.map { scalar -> Character in
        let safe =
          scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-")
        return safe ? Character(scalar) : "-"
      })
    let stem = ascii.lastIndex(of: ".").map { ascii[..<$0] } ?? ascii[...]
    let asciiName = stem.contains { $0.isLetter || $0.isNumber } ? ascii : fallback
    let unreserved = CharacterSet(
      charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
    let encoded = fileName.addingPercentEncoding(withAllowedCharacters: unreserved) ?? asciiName
    return "attachment; filename=\"\(asciiName)\"; filename*=UTF-8''\(encoded)"
  }
}
