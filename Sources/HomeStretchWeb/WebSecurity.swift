import Foundation
import HTTPTypes
import Hummingbird

/// The names the server answers to: a request whose `Host` is anything else is refused,
/// so a web page elsewhere cannot reach the server through DNS rebinding.
public struct HostAllowList: Sendable {
  /// Host names, each compared with the request's host exactly (case aside).
  public var names: [String]
  /// The port the server listens on; a `Host` must name it (or omit it only on port 80).
  public var port: Int?

  /// 127.0.0.1, localhost and [::1] on `port`.
  public static func loopback(port: Int?) -> HostAllowList {
    HostAllowList(names: ["127.0.0.1", "localhost", "[::1]"], port: port)
  }

  public init(names: [String], port: Int?) {
    self.names = names
    self.port = port
  }

  /// Whether a `Host` value (`localhost:8080`) is one of the allowed names on the port.
  public func allows(_ host: String) -> Bool {
    let host = host.lowercased()
    var name = host
    var givenPort: Int?
    if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") {
      name = String(host[..<colon])
      guard let number = Int(host[host.index(after: colon)...]) else { return false }
      givenPort = number
    }
    guard names.contains(where: { $0.lowercased() == name }) else { return false }
    guard let port else { return true }
    return givenPort == port || (givenPort == nil && port == 80)
  }

  /// The names as a person reads them, for the refusal message.
  public var description: String {
    names.map { name in port.map { "\(name):\($0)" } ?? name }.joined(separator: ", ")
  }
}

/// The token every form POST carries (`csrf`), made once per server run from the system's
/// random source and compared in constant time: a page on another site cannot read it, so
/// it cannot post a form to this server.
public struct CSRFToken: Sendable, Equatable {
  public let value: String

  public init(value: String) {
    self.value = value
  }

  /// 32 random bytes, as hex.
  public static func random() -> CSRFToken {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return CSRFToken(value: bytes.map { String(format: "%02x", $0) }.joined())
  }

  /// Whether `given` is the token, in time that does not depend on where they differ.
  public func matches(_ given: String?) -> Bool {
    guard let given else { return false }
    let a = Array(value.utf8)
    let b = Array(given.utf8)
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in a.indices { difference |= a[index] ^ b[index] }
    return difference == 0
  }
}

/// The headers every answer carries, and the Host check before any route runs.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
  let hosts: HostAllowList

  static var hostField: HTTPField.Name { HTTPField.Name("Host")! }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    // An explicit Host field (HTTP/1 keeps it there when it is not moved to the authority)
    // and the authority must both be allowed.
    let given = [request.headers[Self.hostField], request.head.authority].compactMap { $0 }
    var response: Response
    if given.isEmpty || !given.allSatisfy(hosts.allows) {
      response = WebResponse.message(
        .forbidden, title: "Not this address",
        text: "This server answers only to \(hosts.description). Open the address it printed when it started.")
    } else {
      do {
        response = try await next(request, context)
      } catch let error as HTTPResponseError {
        // A router error (unknown route, wrong method): its status with a page, never a 500.
        let status = error.status
        let text =
          status == .notFound
          ? "There is no page at this address. Start again from the form."
          : "This request could not be answered (\(status.code) \(status.reasonPhrase))."
        response = WebResponse.message(status, title: status.reasonPhrase, text: text)
      }
    }
    response.headers[.contentSecurityPolicy] = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
    if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
    return response
  }
}
