/// The sign-in page: a user name and a password with their labels, the form token, and
/// what to do without an account. Every text given back (the name typed) is escaped.
enum LoginPage {
  /// Why the page is shown, said at its top.
  enum Notice: Equatable {
    case none
    /// The session ended (idle, too old, or the server restarted).
    case ended
    case signedOut
    /// The name and password did not match.
    case wrong
    /// Too many failures for the name.
    case paused(seconds: Int)
    /// Too many sign-ins checked at once.
    case busy
    /// A field left empty.
    case missing(String)
    /// The accounts file cannot be read.
    case unavailable
  }

  static func html(notice: Notice, name: String = "", csrf: String) -> String {
    var body = "<h1>Sign in</h1>\n"
    body +=
      "<p class=\"lead\">This HomeStretch is open on the clinic network: sign in with your therapist account.</p>\n"
    switch notice {
    case .none: break
    case .ended:
      body += info(
        "Your sign-in has ended (after 30 minutes without use, 12 hours after signing in, or a restart of the server). Sign in again."
      )
    case .signedOut:
      body += info("You are signed out.")
    case .wrong:
      body += problem("That user name and password do not match an account. Check both and try again.")
    case .paused(let seconds):
      body += problem(
        "Too many failed sign-ins for this user name. Wait \(seconds == 60 ? "a minute" : "\(seconds) seconds") and try again."
      )
    case .busy:
      body += problem("Many sign-ins are being checked at this moment. Try again in a few seconds.")
    case .missing(let field):
      body += problem("Type your \(field).")
    case .unavailable:
      body += problem(
        "Sign-in is not possible: the server cannot read its accounts file. Ask the person who runs the server (its window says why)."
      )
    }
    body += """
      <form method="post" action="/login" class="login">
      <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
      <div class="field"><label for="login-name">User name</label>
      <input type="text" id="login-name" name="name" value="\(HTML.escape(name))" autocomplete="username" \
      autocapitalize="none" spellcheck="false" required\(name.isEmpty ? " autofocus" : "")></div>
      <div class="field"><label for="login-password">Password</label>
      <input type="password" id="login-password" name="password" autocomplete="current-password" required\
      \(name.isEmpty ? "" : " autofocus")></div>
      <div class="actions"><button type="submit" class="primary">Sign in</button></div>
      </form>
      <p class="hint">No account yet, or a forgotten password? The person who runs the server makes one on that \
      computer: <code>homestretch therapist add NAME --data DIR</code> (or <code>therapist password NAME</code>).</p>

      """
    return HTML.page(title: "Sign in - HomeStretch", body: body)
  }

  private static func info(_ text: String) -> String {
    "<p class=\"notice\" role=\"status\">\(HTML.escape(text))</p>\n"
  }

  private static func problem(_ text: String) -> String {
    "<p class=\"field-error\" role=\"alert\" id=\"login-error\">\(HTML.escape(text))</p>\n"
  }
}
