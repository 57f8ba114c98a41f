import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import HomeStretchWeb

/// The therapist login of a server on the network, route by route: what needs a session,
/// signing in and out, expiry on the server's clock, the pause after failed sign-ins.
@Suite struct LoginTests {
  @Test func everyPageNeedsASessionAndTheAPIAnswers401() async throws {
    let fixture = try LoginFixture()
    try await fixture.app().test(.router) { client in
      let form = try await client.execute(uri: "/", method: .get)
      #expect(form.status == .seeOther)
      #expect(form.headers[.location] == "/login")
      #expect(!WebFixture.text(form).contains("New home program"))

      for uri in ["/plan", "/handout", "/edit", "/load"] {
        let post = try await WebFixture.post(client, uri, WebFixture.maria)
        #expect(post.status == .seeOther, "\(uri)")
        #expect(post.headers[.location] == "/login", "\(uri)")
        #expect(!WebFixture.text(post).contains("Maria"), "\(uri)")
      }
      // A route that does not exist yet is guarded as well: the rule is by path.
      let missing = try await client.execute(uri: "/nothing-here", method: .get)
      #expect(missing.status == .seeOther)

      for (uri, method) in [("/api/plan", HTTPRequest.Method.post), ("/api/handout", .post), ("/api/x", .get)] {
        let api = try await client.execute(
          uri: uri, method: method, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}"))
        #expect(api.status == .unauthorized, "\(uri)")
        #expect(api.headers[.contentType] == "application/json; charset=utf-8")
        let json = try JSONDecoder().decode([String: String].self, from: Data(buffer: api.body))
        #expect(json["error"]?.contains("Sign in first: POST /login") == true)
        expectSecurityHeaders(api)
      }

      let style = try await client.execute(uri: "/style.css", method: .get)
      #expect(style.status == .ok)
      #expect(WebFixture.text(style).contains("form.login"))
    }
  }

  @Test func theSignInPageHasLabelledFieldsAndTheToken() async throws {
    let fixture = try LoginFixture()
    try await fixture.app().test(.router) { client in
      let page = try await client.execute(uri: "/login", method: .get)
      #expect(page.status == .ok)
      let html = WebFixture.text(page)
      #expect(html.contains("<h1>Sign in</h1>"))
      #expect(html.contains("<label for=\"login-name\">User name</label>"))
      #expect(html.contains("id=\"login-name\" name=\"name\""))
      #expect(html.contains("<label for=\"login-password\">Password</label>"))
      #expect(html.contains("type=\"password\" id=\"login-password\" name=\"password\""))
      #expect(html.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(WebFixture.token.value)\">"))
      #expect(html.contains("on the clinic network: sign in to see patient data"))
      #expect(!html.contains("runs on this computer only"), "not true on the network")
      #expect(page.headers[.cacheControl] == "no-store")
      expectSecurityHeaders(page)

      let noToken = try await WebFixture.post(
        client, "/login", [("name", "dana"), ("password", LoginFixture.password)], csrf: false)
      #expect(noToken.status == .forbidden)
      #expect(LoginFixture.sessionToken(noToken) == nil)
    }
  }

  @Test func aWrongPasswordOrNameIs401WithAMessage() async throws {
    let fixture = try LoginFixture()
    try await fixture.app().test(.router) { client in
      for (name, password) in [("dana", "not the password"), ("nobody", LoginFixture.password)] {
        let response = try await LoginFixture.signIn(client, name: name, password: password)
        #expect(response.status == .unauthorized, "\(name)")
        #expect(LoginFixture.sessionToken(response) == nil)
        let html = WebFixture.text(response)
        #expect(html.contains("That user name and password do not match an account"))
        #expect(html.contains("value=\"\(name)\""), "the name is kept")
        #expect(!html.contains(password), "the password is never sent back")
      }
      let script = try await LoginFixture.signIn(client, name: "<script>alert(1)</script>", password: "x")
      #expect(script.status == .unauthorized)
      #expect(WebFixture.text(script).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
      #expect(!WebFixture.text(script).contains("<script>"))

      let empty = try await LoginFixture.signIn(client, name: "dana", password: "")
      #expect(empty.status == .unprocessableContent)
      #expect(WebFixture.text(empty).contains("Type your password."))
      let noName = try await LoginFixture.signIn(client, name: " ", password: "x")
      #expect(noName.status == .unprocessableContent)
      #expect(WebFixture.text(noName).contains("Type your user name."))
    }
    #expect(fixture.log.lines.isEmpty, "a failed sign-in is not logged")
  }

  @Test func theRightPasswordSetsTheCookieAndReachesTheForm() async throws {
    let fixture = try LoginFixture()
    try await fixture.app().test(.router) { client in
      let response = try await LoginFixture.signIn(client, name: "Dana", password: LoginFixture.password)
      #expect(response.status == .seeOther)
      #expect(response.headers[.location] == "/")
      let cookie = try #require(response.headers[.setCookie])
      #expect(cookie.contains("HttpOnly"))
      #expect(cookie.contains("SameSite=Strict"))
      #expect(cookie.contains("Path=/"))
      #expect(!cookie.contains("Max-Age"), "a browser-session cookie; the server ends it on its clock")
      let token = try #require(LoginFixture.sessionToken(response))
      #expect(token.count == 64 && token.allSatisfy(\.isHexDigit), "32 random bytes")

      let form = try await client.execute(uri: "/", method: .get, headers: LoginFixture.headers(token, form: false))
      #expect(form.status == .ok)
      let html = WebFixture.text(form)
      #expect(html.contains("New home program"))
      #expect(html.contains("signed in as <strong>dana</strong>"))
      #expect(html.contains("<form class=\"signout\" method=\"post\" action=\"/logout\">"))
      #expect(html.contains("<button type=\"submit\">Sign out</button>"))

      let plan = try await client.execute(
        uri: "/plan", method: .post, headers: LoginFixture.headers(token), body: WebFixture.body(WebFixture.maria))
      #expect(plan.status == .ok)
      #expect(WebFixture.text(plan).contains("Home program for Maria Lopez"))
      #expect(plan.headers[.cacheControl] == "no-store")

      let again = try await client.execute(
        uri: "/login", method: .get, headers: LoginFixture.headers(token, form: false))
      #expect(again.status == .seeOther, "signed in already: on to the form")
      #expect(again.headers[.location] == "/")

      let forged = try await client.execute(
        uri: "/", method: .get, headers: LoginFixture.headers(String(repeating: "0", count: 64), form: false))
      #expect(forged.status == .seeOther)
    }
  }

  @Test func aSessionEndsAfter30IdleMinutesOr12Hours() async throws {
    let fixture = try LoginFixture()
    try await fixture.app().test(.router) { client in
      let headers = LoginFixture.headers(try await LoginFixture.signedIn(client), form: false)
      fixture.clock.advance(29 * 60)
      #expect(try await client.execute(uri: "/", method: .get, headers: headers).status == .ok)
      fixture.clock.advance(29 * 60)
      #expect(try await client.execute(uri: "/", method: .get, headers: headers).status == .ok, "idle time restarts")
      fixture.clock.advance(31 * 60)
      let idle = try await client.execute(uri: "/", method: .get, headers: headers)
      #expect(idle.status == .seeOther)
      #expect(idle.headers[.location] == "/login?ended=1")
      #expect(idle.headers[.setCookie]?.contains("Max-Age=0") == true, "the browser forgets it")
      let notice = try await client.execute(uri: "/login?ended=1", method: .get)
      #expect(WebFixture.text(notice).contains("Your sign-in has ended"))

      // Busy all day: still ended 12 hours after signing in.
      let busy = LoginFixture.headers(try await LoginFixture.signedIn(client), form: false)
      for _ in 0..<35 {
        fixture.clock.advance(20 * 60)
        #expect(try await client.execute(uri: "/", method: .get, headers: busy).status == .ok)
      }
      fixture.clock.advance(20 * 60)
      #expect(try await client.execute(uri: "/", method: .get, headers: busy).status == .seeOther)

      let api = try await client.execute(uri: "/api/plan", method: .post, headers: busy)
      #expect(api.status == .unauthorized)
      #expect(WebFixture.text(api).contains("The session has ended"))
    }
  }

  @Test func signOutEndsTheSession() async throws {
    let fixture = try LoginFixture()
    try await fixture.app().test(.router) { client in
      let token = try await LoginFixture.signedIn(client)
      let noToken = try await client.execute(
        uri: "/logout", method: .post, headers: LoginFixture.headers(token), body: WebFixture.body([], csrf: false))
      #expect(noToken.status == .forbidden, "sign out is a form POST with the token too")

      let out = try await client.execute(
        uri: "/logout", method: .post, headers: LoginFixture.headers(token), body: WebFixture.body([]))
      #expect(out.status == .seeOther)
      #expect(out.headers[.location] == "/login?signed_out=1")
      #expect(out.headers[.setCookie]?.hasPrefix("\(LoginGate.cookieName)=;") == true)
      let after = try await client.execute(uri: "/", method: .get, headers: LoginFixture.headers(token, form: false))
      #expect(after.status == .seeOther)
      #expect(after.headers[.location] == "/login?ended=1")
      let page = try await client.execute(uri: "/login?signed_out=1", method: .get)
      #expect(WebFixture.text(page).contains("You are signed out."))
    }
  }

  @Test func fiveFailuresPauseTheNameForAMinute() async throws {
    let fixture = try LoginFixture(accounts: [("dana", LoginFixture.password), ("sam", "another good password")])
    try await fixture.app().test(.router) { client in
      for attempt in 1...5 {
        let wrong = try await LoginFixture.signIn(client, name: "dana", password: "guess \(attempt)")
        #expect(wrong.status == .unauthorized, "attempt \(attempt)")
      }
      let paused = try await LoginFixture.signIn(client, name: "DANA", password: LoginFixture.password)
      #expect(paused.status == .tooManyRequests, "even with the right password, in any case")
      #expect(paused.headers[.retryAfter] == "60")
      #expect(WebFixture.text(paused).contains("Too many failed sign-ins for this user name. Wait a minute"))
      #expect(LoginFixture.sessionToken(paused) == nil)

      let other = try await LoginFixture.signIn(client, name: "sam", password: "another good password")
      #expect(other.status == .seeOther, "another name is not paused")

      fixture.clock.advance(30)
      let later = try await LoginFixture.signIn(client, name: "dana", password: LoginFixture.password)
      #expect(later.status == .tooManyRequests)
      #expect(later.headers[.retryAfter] == "30")
      fixture.clock.advance(31)
      let done = try await LoginFixture.signIn(client, name: "dana", password: LoginFixture.password)
      #expect(done.status == .seeOther)
    }
    let lines = fixture.log.lines
    #expect(lines == ["sign-in paused for 60 s after 5 failed attempts for one user name"])
    #expect(!lines.joined().contains("dana") && !lines.joined().contains("guess"))
  }

  @Test func removingTheAccountOrANewPasswordEndsItsSessions() async throws {
    let fixture = try LoginFixture(accounts: [("dana", LoginFixture.password), ("sam", "another good password")])
    try await fixture.app().test(.router) { client in
      let dana = LoginFixture.headers(try await LoginFixture.signedIn(client), form: false)
      let samResponse = try await LoginFixture.signIn(client, name: "sam", password: "another good password")
      let sam = LoginFixture.headers(try #require(LoginFixture.sessionToken(samResponse)), form: false)

      var accounts = try TherapistAccounts.load(folder: fixture.folder)
      try accounts.setPassword(name: "sam", passwordHash: PasswordHasher.hash("a brand new password", cost: 4))
      try accounts.save(folder: fixture.folder)
      #expect(try await client.execute(uri: "/", method: .get, headers: sam).status == .seeOther)
      #expect(try await client.execute(uri: "/", method: .get, headers: dana).status == .ok)

      try accounts.remove(name: "dana")
      try accounts.save(folder: fixture.folder)
      #expect(try await client.execute(uri: "/", method: .get, headers: dana).status == .seeOther)
      let gone = try await LoginFixture.signIn(client, name: "dana", password: LoginFixture.password)
      #expect(gone.status == .unauthorized)
    }
  }

  @Test func anUnreadableAccountsFileIs503AndLogged() async throws {
    let fixture = try LoginFixture()
    try Data("not json".utf8).write(to: URL(fileURLWithPath: TherapistAccounts.path(in: fixture.folder)))
    try await fixture.app().test(.router) { client in
      let response = try await LoginFixture.signIn(client, name: "dana", password: LoginFixture.password)
      #expect(response.status == .serviceUnavailable)
      #expect(WebFixture.text(response).contains("the server cannot read its accounts file"))
    }
    #expect(fixture.log.lines.count == 1)
    #expect(fixture.log.lines.first?.contains("not a valid accounts file") == true)
  }

  @Test func onLoopbackThereIsNoLogin() async throws {
    try await WebFixture.app().test(.router) { client in
      let form = try await client.execute(uri: "/", method: .get)
      #expect(form.status == .ok)
      let html = WebFixture.text(form)
      #expect(html.contains("runs on this computer only"))
      #expect(!html.contains("Sign out"))
      let login = try await client.execute(uri: "/login", method: .get)
      #expect(login.status == .notFound)
    }
  }
}
