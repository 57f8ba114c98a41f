import Foundation
import HomeStretch
import MultipartKit
import NIOCore

/// The "Open a profile file" form as posted (`multipart/form-data`): its CSRF token and the
/// chosen file's name and bytes. The file's name is only ever shown, never used as a path.
struct ProfileUpload {
  var csrf: String?
  /// The file's own name, without any folder (`maria-lopez.yaml`); "" when none was chosen.
  var fileName: String
  var data: Data

  /// Why a body could not be read as the upload form.
  enum Problem: Error, Equatable {
    /// Not `multipart/form-data` with a boundary.
    case notMultipart
    /// The parts are malformed.
    case unreadable
    /// The file part is over ``InputLimits/yamlFileBytes``.
    case tooLarge
  }

  /// The name of the file input.
  static let fieldName = "profile"

  /// Reads `body` sent with `contentType`; only the token and the file part are kept.
  init(body: ByteBuffer, contentType: String) throws(Problem) {
    guard let boundary = Self.boundary(contentType) else { throw .notMultipart }
    let parser = MultipartParser(boundary: boundary)
    var parts: [(disposition: String, body: ByteBuffer)] = []
    var disposition = ""
    var partBody = ByteBuffer()
    var tooLarge = false
    parser.onHeader = { name, value in
      if name.lowercased() == "content-disposition" { disposition = value }
    }
    parser.onBody = { chunk in
      if partBody.readableBytes + chunk.readableBytes > InputLimits.yamlFileBytes {
        tooLarge = true
      } else {
        partBody.writeBuffer(&chunk)
      }
    }
    parser.onPartComplete = {
      parts.append((disposition, partBody))
      disposition = ""
      partBody = ByteBuffer()
    }
    do {
      try parser.execute(body)
    } catch {
      throw .unreadable
    }
    if tooLarge { throw .tooLarge }
    csrf = nil
    fileName = ""
    data = Data()
    var sawFile = false
    for part in parts {
      let name = Self.parameter("name", of: part.disposition)
      if name == "csrf", csrf == nil {
        csrf = String(buffer: part.body)
      } else if name == Self.fieldName, !sawFile {
        sawFile = true
        fileName = Self.lastComponent(Self.parameter("filename", of: part.disposition) ?? "")
        data = Data(part.body.readableBytesView)
      }
    }
    if parts.isEmpty { throw .unreadable }
  }

  /// The `boundary` parameter of a `multipart/form-data` content type, 1 to 70 characters.
  static func boundary(_ contentType: String) -> String? {
    let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
    for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
      var value = String(piece.dropFirst("boundary=".count))
      if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
      return (1...70).contains(value.count) ? value : nil
    }
    return nil
  }

  /// A parameter of a `Content-Disposition` value (`form-data; name="profile";
  /// filename="a.yaml"`), quoted or not.
  static func parameter(_ key: String, of disposition: String) -> String? {
    var rest = Substring(disposition)
    while let semicolon = rest.firstIndex(of: ";") {
      rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
      guard rest.lowercased().hasPrefix(key + "=") else { continue }
      let value = rest.dropFirst(key.count + 1)
      if value.hasPrefix("\"") {
        let quoted = value.dropFirst()
        return String(quoted[..<(quoted.firstIndex(of: "\"") ?? quoted.endIndex)])
      }
      return String(value[..<(value.firstIndex(of: ";") ?? value.endIndex)]).trimmingCharacters(in: .whitespaces)
    }
    return nil
  }

  /// The file's name without a folder a browser or a client may have put before it, at most
  /// 120 characters: it is shown on the page (escaped), nothing more.
  static func lastComponent(_ name: String) -> String {
    let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    return String(last.prefix(120))
  }
}
