import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// When the server is on the network: every request but the sign-in page and the
/// stylesheet needs a live session. A page without one is sent to `/login` (303); the JSON
/// API (`/api/...`) answers 401 with a JSON message, since a program cannot follow a
/// sign-in page. Runs after the Host check, before any route.
struct LoginMiddleware<Context: RequestContext>: RouterMiddleware {
  let gate: LoginGate
  let csrf: CSRFToken

  /// The paths open without a session.
  static var openPaths: Set<String> { ["/login", "/style.css"] }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    let path = request.uri.path
    if Self.openPaths.contains(path) {
      return try await LoginHeader.$current.withValue(LoginHeader(name: nil, csrf: csrf.value)) {
        try await next(request, context)
      }
    }
    let lookup = gate.session(request.cookies[LoginGate.cookieName]?.value)
    if case .valid(let session) = lookup {
      return try await LoginHeader.$current.withValue(LoginHeader(name: session.name, csrf: csrf.value)) {
        try await next(request, context)
      }
    }
    var response =
      path == "/api" || path.hasPrefix("/api/")
      ? Self.apiRefusal(ended: lookup == .ended)
      : Self.redirect(to: lookup == .ended ? "/login?ended=1" : "/login")
    if lookup == .ended { response.setCookie(WebApp.endedSessionCookie) }
    return response
  }

  /// 303 See Other to `location`.
  static func redirect(to location: String) -> Response {
    var fields = HTTPFields()
    fields[.location] = location
    fields[.cacheControl] = "no-store"
    return Response(status: .seeOther, headers: fields)
  }

  /// 401 with `{"error": ...}` for a program.
  static func apiRefusal(ended: Bool) -> Response {
    let message =
      ended
      ? "The session has ended (30 minutes without a request, 12 hours after sign-in, or a restart): sign in again with POST /login."
      : "Sign in first: POST /login with name, password and csrf (from GET /login); send the homestretch_session cookie it sets."
    let json = (try? JSONEncoder().encode(["error": message])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    var fields = HTTPFields()
    fields[.contentType] = "application/json; charset=utf-8"
    fields[.cacheControl] = "no-store"
    fields[.wwwAuthenticate] = "Cookie realm=\"HomeStretch\""
    return Response(status: .unauthorized, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
  }
}
