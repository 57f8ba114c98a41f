import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import ZIPFoundation

@testable import HomeStretchWeb

/// Roster uploads as a browser sends them (`multipart/form-data`), a clock a test can move
/// on, and readers for what the downloads hold (pdfinfo, pdftotext, the zip's entries).
enum RosterFixture {
  static let boundary = "----HomeStretchTestBoundary7MA4YWxk"
  static let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]

  /// A multipart body: the token (unless `csrf` is false), `fields`, then the file.
  static func body(
    file: (name: String, data: Data)?, fields: [(String, String)] = [], csrf: Bool = true
  ) -> ByteBuffer {
    var data = Data()
    func line(_ text: String) { data.append(Data((text + "\r\n").utf8)) }
    for (name, value) in (csrf ? [("csrf", WebFixture.token.value)] : []) + fields {
      line("--\(boundary)")
      line("Content-Disposition: form-data; name=\"\(name)\"")
      line("")
      line(value)
    }
    if let file {
      line("--\(boundary)")
      line("Content-Disposition: form-data; name=\"roster\"; filename=\"\(file.name)\"")
      line("Content-Type: application/octet-stream")
      line("")
      data.append(file.data)
      data.append(Data("\r\n".utf8))
    }
    line("--\(boundary)--")
    return ByteBuffer(bytes: data)
  }

  static func upload(
    _ client: some TestClientProtocol, file: (name: String, data: Data)?, fields: [(String, String)] = [],
    csrf: Bool = true
  ) async throws -> TestResponse {
    try await client.execute(
      uri: "/roster", method: .post, headers: headers, body: body(file: file, fields: fields, csrf: csrf))
  }

  static func example(_ name: String) throws -> (name: String, data: Data) {
    (name, try Data(contentsOf: WebFixture.root.appendingPathComponent("examples").appendingPathComponent(name)))
  }

  /// The app with its own kept results (a test's clock and budget).
  static func app(results: RosterResults) -> some ApplicationProtocol {
    Application(
      router: WebApp.router(
        service: WebFixture.service, hosts: HostAllowList(names: ["localhost"], port: nil), csrf: WebFixture.token,
        rosterResults: results))
  }

  /// The batch id in a summary page's download links.
  static func id(in html: String) -> String? {
    html.firstMatch(of: /href="\/roster\/([0-9a-f]+)\/summary\.csv"/).map { String($0.output.1) }
  }

  /// `data` in a temporary file for poppler; removed afterwards.
  static func withFile<T>(_ data: Data, _ body: (String) throws -> T) throws -> T {
    let path = NSTemporaryDirectory() + "roster-test-\(UUID().uuidString).pdf"
    try data.write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
  }

  static func pages(_ pdf: Data) throws -> Int {
    try withFile(pdf) { path in
      let text = try Subprocess.run("pdfinfo", [path]).stdout
      let line = text.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
      return Int(line.split(separator: " ").last ?? "") ?? -1
    }
  }

  static func text(_ pdf: Data) throws -> String {
    try withFile(pdf) { path in
      try Subprocess.run("pdftotext", [path, "-"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
  }

  /// The zip's entries, name and bytes, in the archive's order.
  static func entries(_ zip: Data) throws -> [(name: String, data: Data)] {
    let archive = try Archive(data: zip, accessMode: .read, pathEncoding: nil)
    return try archive.map { entry in
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      return (entry.path, data)
    }
  }
}
