/// What every page's header says when the login is on: that the server is on the clinic
/// network, who is signed in, and the **Sign out** button. The login middleware sets it
/// for the request it passes on, so the pages need not be told; on loopback it is nil and
/// the header is as before.
struct LoginHeader: Sendable {
  /// The signed-in therapist's user name; nil on the sign-in page.
  var name: String?
  /// The form token, for the Sign out form.
  var csrf: String

  @TaskLocal static var current: LoginHeader?

  /// The header's right-hand part.
  var html: String {
    guard let name else {
      return "<span class=\"tag\">on the clinic network: sign in to see patient data</span>"
    }
    return """
      <span class="tag">on the clinic network: signed in as <strong>\(HTML.escape(name))</strong></span>
      <form class="signout" method="post" action="/logout"><input type="hidden" name="csrf" value="\(HTML.escape(csrf))">\
      <button type="submit">Sign out</button></form>
      """
  }
}
