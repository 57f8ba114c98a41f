import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` body (a form with a file), read with vapor's MultipartKit: each
/// part's name, its file name when it is a file, and its bytes.
///
///     let form = try MultipartForm(body: buffer, contentType: "multipart/form-data; boundary=x")
///     form.value("csrf")        // a text field
///     form.file("roster")?.data // a file's bytes
struct MultipartForm {
  /// One part of the body.
  struct Part {
    var name: String
    /// The file's name as the browser sent it; nil for a text field.
    var fileName: String?
    var data: Data
  }

  /// Why a body could not be read as a form with a file.
  struct Unreadable: Error {
    var message: String
  }

  var parts: [Part]

  /// The boundary a `multipart/form-data` content type names, or nil when the type is
  /// another one (or names none).
  static func boundary(contentType: String) -> String? {
    let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
    for piece in pieces.dropFirst() {
      let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
      var value = pair[1]
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
      return value.isEmpty || value.count > 200 ? nil : value
    }
    return nil
  }

  /// The parts of `body`; throws ``Unreadable`` when it is not a complete multipart body.
  init(body: ByteBuffer, boundary: String) throws(Unreadable) {
    let parser = MultipartParser(boundary: boundary)
    var parts: [Part] = []
    var headers: [(String, String)] = []
    var data = Data()
    parser.onHeader = { name, value in headers.append((name, value)) }
    parser.onBody = { chunk in
      data.append(contentsOf: chunk.readableBytesView)
      chunk.moveReaderIndex(forwardBy: chunk.readableBytes)
    }
    parser.onPartComplete = {
      let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
      let parameters = Self.parameters(disposition)
      parts.append(Part(name: parameters["name"] ?? "", fileName: parameters["filename"], data: data))
      headers = []
      data = Data()
    }
    do {
      try parser.execute(body)
    } catch {
      throw Unreadable(message: "the upload is not a readable form (multipart/form-data)")
    }
    guard !parts.isEmpty else { throw Unreadable(message: "the upload holds no form fields") }
    self.parts = parts
  }

  /// The first text field called `name`, as UTF-8 text.
  func value(_ name: String) -> String? {
    parts.first { $0.name == name && $0.fileName == nil }.flatMap { String(data: $0.data, encoding: .utf8) }
  }

  /// The first file part called `name` that holds a file (a browser sends an empty part with
  /// an empty file name when none was chosen).
  func file(_ name: String) -> Part? {
    parts.first { $0.name == name && $0.fileName != nil && !($0.fileName ?? "").isEmpty }
  }

  /// `form-data; name="roster"; filename="class.csv"` as its parameters, quotes removed.
  static func parameters(_ header: String) -> [String: String] {
    var result: [String: String] = [:]
    var rest = Substring(header)
    while let semicolon = rest.firstIndex(of: ";") {
      rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
      guard let equals = rest.firstIndex(of: "=") else { break }
      let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
      var after = rest[rest.index(after: equals)...]
      var value = ""
      if after.first == "\"" {
        after = after.dropFirst()
        var escaped = false
        var end = after.endIndex
        for index in after.indices {
          let character = after[index]
          if escaped {
            value.append(character)
            escaped = false
          } else if character == "\\" {
            escaped = true
          } else if character == "\"" {
            end = index
            break
          } else {
            value.append(character)
          }
        }
        rest = end < after.endIndex ? after[after.index(after: end)...] : ""
      } else {
        let end = after.firstIndex(of: ";") ?? after.endIndex
        value = after[..<end].trimmingCharacters(in: .whitespaces)
        rest = after[end...]
      }
      if result[key] == nil { result[key] = value }
    }
    return result
  }
}
