import Foundation
import HTTPTypes
import Hummingbird

extension WebResponse {
  /// A file to save, never shown in the page nor kept by the browser's cache:
  /// `Content-Disposition: attachment` and `Cache-Control: no-store`.
  static func download(_ data: Data, contentType: String, fileName: String) -> Response {
    var fields = HTTPFields()
    fields[.contentType] = contentType
    fields[.contentDisposition] = contentDisposition(fileName)
    fields[.cacheControl] = "no-store"
    return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}
