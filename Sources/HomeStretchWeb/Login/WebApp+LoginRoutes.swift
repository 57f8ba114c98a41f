import Foundation
import HTTPTypes
import Hummingbird

extension WebApp {
  /// The login of a server on the network: the middleware that asks every other route for
  /// a session (add this before the routes it guards), `GET`/`POST /login` and
  /// `POST /logout`.
  static func addLoginRoutes(to router: Router<BasicRequestContext>, gate: LoginGate, csrf: CSRFToken) {
    router.add(middleware: LoginMiddleware(gate: gate, csrf: csrf))

    router.get("/login") { request, _ -> Response in
      if case .valid = gate.session(request.cookies[LoginGate.cookieName]?.value) {
        return LoginMiddleware<BasicRequestContext>.redirect(to: "/")
      }
      let query = request.uri.queryParameters
      let notice: LoginPage.Notice =
        query["ended"] != nil ? .ended : query["signed_out"] != nil ? .signedOut : .none
      return WebResponse.html(LoginPage.html(notice: notice, csrf: csrf.value))
    }

    router.post("/login") { request, context -> Response in
      let body: FormBody
      switch await readForm(request, context: context, csrf: csrf) {
      case .failure(let refusal): return refusal.response
      case .success(let read): body = read
      }
      let name = (body.value("name") ?? "").trimmingCharacters(in: .whitespaces)
      let password = body.value("password") ?? ""
      func page(_ notice: LoginPage.Notice, _ status: HTTPResponse.Status) -> Response {
        WebResponse.html(LoginPage.html(notice: notice, name: name, csrf: csrf.value), status: status)
      }
      guard !name.isEmpty else { return page(.missing("user name"), .unprocessableContent) }
      guard !password.isEmpty else { return page(.missing("password"), .unprocessableContent) }
      switch await gate.signIn(name: name, password: password) {
      case .signedIn(let token, _):
        // A new token at every sign-in: a session id known before it is worth nothing.
        if let old = request.cookies[LoginGate.cookieName]?.value { gate.sessions.end(old) }
        var response = LoginMiddleware<BasicRequestContext>.redirect(to: "/")
        response.setCookie(sessionCookie(token))
        return response
      case .wrong:
        var response = page(.wrong, .unauthorized)
        response.headers[.wwwAuthenticate] = "Cookie realm=\"HomeStretch\""
        return response
      case .paused(let seconds):
        var response = page(.paused(seconds: seconds), .tooManyRequests)
        response.headers[.retryAfter] = String(seconds)
        return response
      case .busy:
        var response = page(.busy, .serviceUnavailable)
        response.headers[.retryAfter] = "2"
        return response
      case .unavailable:
        return page(.unavailable, .serviceUnavailable)
      }
    }

    router.post("/logout") { request, context -> Response in
      if case .failure(let refusal) = await readForm(request, context: context, csrf: csrf) { return refusal.response }
      if let token = request.cookies[LoginGate.cookieName]?.value { gate.sessions.end(token) }
      var response = LoginMiddleware<BasicRequestContext>.redirect(to: "/login?signed_out=1")
      response.setCookie(endedSessionCookie)
      return response
    }
  }

  /// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
  /// page sends it), for the browser's session only; the server ends it on its own clock.
  static func sessionCookie(_ token: String) -> Cookie {
    Cookie(name: LoginGate.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict)
  }

  /// The cookie that makes the browser forget an ended session.
  static var endedSessionCookie: Cookie {
    Cookie(name: LoginGate.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)
  }
}
