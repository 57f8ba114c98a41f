import Foundation
import HTTPTypes
import HomeStretch
import Hummingbird

/// The API's answers, always JSON (but the PDF): the plan, the profile's problems, a
/// refusal. Every one is `Cache-Control: no-store`, as every answer with patient data is.
enum APIResponse {
  /// One problem of the profile: the field (`pain`, `therapist.name`, `equipment[2]`; absent
  /// when it belongs to none), the decoder's message, and the line for YAML.
  struct Problem: Codable, Equatable {
    var field: String?
    var line: Int?
    var message: String
  }

  /// `{"problems": [...]}`, the body of a 422.
  struct Problems: Codable, Equatable {
    var problems: [Problem]
  }

  /// `{"error": "..."}`, the body of every other refusal.
  struct Failure: Codable, Equatable {
    var error: String
  }

  static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
    var fields = HTTPFields()
    fields[.contentType] = "application/json; charset=utf-8"
    fields[.cacheControl] = "no-store"
    return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  static func encode(_ value: some Encodable) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)) ?? Data(#"{"error":"the answer could not be written"}"#.utf8)
  }

  /// A refusal with its message, for example 415 with the content types the API takes.
  static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
    json(encode(Failure(error: message)), status: status)
  }

  /// 422 with every problem the decoder found.
  static func problems(_ errors: InputErrors) -> Response {
    let problems = errors.errors.map { Problem(field: $0.field, line: $0.line, message: $0.message) }
    return json(encode(Problems(problems: problems)), status: .unprocessableContent)
  }
}
