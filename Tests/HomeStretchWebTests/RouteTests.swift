import Foundation
import HTTPTypes
import HomeStretch
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HomeStretchWeb

/// Every route, through Hummingbird's router test client: what a therapist sees, and each
/// bad input with its status and message.
@Suite struct RouteTests {
  @Test func theFormHasEveryProfileFieldWithALabelAndAHint() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      #expect(response.headers[.cacheControl] == "no-store")
      expectSecurityHeaders(response)
      let html = WebFixture.text(response)
      let names = [
        "name", "condition", "side", "pain", "phase", "floor", "equipment", "minutes_per_day", "sitting_job",
        "pregnancy_weeks", "hip_replacement", "directional_preference", "numbness", "health", "red_flags", "weeks",
        "start", "notes", "paper", "large_print", "therapist.name", "therapist.clinic", "therapist.phone", "age",
        "max_exercises",
      ]
      for name in names {
        #expect(html.contains("name=\"\(name)\""), "an input named \(name)")
      }
      for field in FormField.all {
        #expect(html.contains("id=\"\(FormPage.anchor(field.name))-hint\""), "a hint for \(field.name)")
      }
      // Every input has a label: a <label for=ID> for each id="..." of an input.
      let ids = html.matches(
        of:
          /<(?:input|select|textarea) type="(?:text|date|checkbox|radio)"[^>]* id="([^"]+)"|<(?:select|textarea) id="([^"]+)"/
      )
      .map { String($0.output.1 ?? $0.output.2 ?? "") }
      #expect(ids.count > 50)
      for id in ids { #expect(html.contains("for=\"\(id)\""), "label for \(id)") }
      // Closed vocabularies are choices, never free text.
      #expect(html.contains("<select id=\"field-condition\" name=\"condition\""))
      #expect(html.contains("type=\"radio\" id=\"field-side-0\" name=\"side\" value=\"left\""))
      #expect(
        html.contains("type=\"checkbox\" id=\"field-red_flags-0\" name=\"red_flags\" value=\"saddle_anaesthesia\""))
      // Defaults: the usual equipment ticked, 20 minutes, 2 weeks.
      #expect(html.contains("name=\"equipment\" value=\"chair\" checked"))
      #expect(html.contains("name=\"minutes_per_day\" value=\"20\""))
      #expect(html.contains("name=\"csrf\" value=\"\(WebFixture.token.value)\""))
      #expect(!html.contains("<script"), "no script: the form works with JavaScript off")
      #expect(!html.contains("http://") && !html.contains("https://"), "nothing from another server")
    }
  }

  @Test func theStylesheetIsServedByTheServer() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await client.execute(uri: "/style.css", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/css; charset=utf-8")
      #expect(WebFixture.text(response).contains(":focus-visible"), "a visible focus")
      expectSecurityHeaders(response)
    }
  }

  @Test func aGoodFormShowsThePlanAndRemembersTheTherapist() async throws {
    let plan = try WebFixture.plan(WebFixture.maria)
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/plan", WebFixture.maria)
      #expect(response.status == .ok)
      #expect(response.headers[.cacheControl] == "no-store")
      expectSecurityHeaders(response)
      let html = WebFixture.text(response)
      #expect(html.contains("Home program for Maria Lopez"))
      #expect(!plan.items.isEmpty)
      for item in plan.items {
        #expect(html.contains("id=\"item-\(item.id)\""), "\(item.id) shown")
        #expect(html.contains("name=\"remove\" value=\"\(item.id)\""), "\(item.id) can be removed")
      }
      #expect(html.contains("Why: "))
      #expect(html.contains("Week 1, from Nov 23"))
      #expect(html.contains("<details class=\"excluded\">"))
      #expect(html.contains("formaction=\"/handout\">Download PDF</button>"))
      let cookie = try #require(response.headers[.setCookie])
      #expect(cookie.hasPrefix("\(WebApp.therapistCookie)="))
      #expect(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"))
      #expect(!cookie.contains("Maria"), "only the therapist is remembered")

      // The next new form has the therapist's details filled in.
      let value = String(cookie.prefix { $0 != ";" })
      let next = try await client.execute(uri: "/", method: .get, headers: [.cookie: value])
      let form = WebFixture.text(next)
      #expect(form.contains("value=\"Dana Whitfield\""))
      #expect(form.contains("value=\"Riverside Physical Therapy\""))
      #expect(!form.contains("Maria"))
    }
  }

  @Test func eachProblemIsShownBesideItsFieldAndTheFormKeepsWhatWasTyped() async throws {
    try await WebFixture.app().test(.router) { client in
      let fields = WebFixture.maria(replacing: ["pain": "14", "minutes_per_day": "lots", "side": nil])
      let response = try await WebFixture.post(client, "/plan", fields)
      #expect(response.status == .unprocessableContent)
      #expect(response.headers[.cacheControl] == "no-store")
      let html = WebFixture.text(response)
      #expect(html.contains("3 things to fix"))
      // The decoder's own words, beside the field.
      #expect(
        html.contains(
          "<p class=\"field-error\" id=\"field-pain-error\">14 is out of range; allowed: a whole number from 0 to 10</p>"
        ))
      #expect(html.contains("id=\"field-minutes_per_day-error\">"))
      #expect(html.contains("id=\"field-side-error\">"))
      #expect(html.contains("aria-describedby=\"field-pain-error field-pain-hint\" aria-invalid=\"true\""))
      // What was typed is kept.
      #expect(html.contains("name=\"pain\" value=\"14\""))
      #expect(html.contains("name=\"minutes_per_day\" value=\"lots\""))
      #expect(html.contains("value=\"Maria Lopez\""))
      #expect(html.contains("name=\"health\" value=\"osteoporosis\" checked"))
    }
  }

  @Test func theMessagesAreTheCommandLinesOwn() throws {
    let fields = WebFixture.maria(replacing: ["condition": "piriformis_syndrom"])
    let form = PatientForm(body: FormBody(fields))
    guard case .failure(let problems) = WebFixture.service.profile(from: form) else {
      Issue.record("an unknown condition must be refused")
      return
    }
    let message = try #require(problems.byField["condition"]?.first)
    #expect(message.contains("'piriformis_syndrom' is not known"))
    #expect(message.contains("did you mean 'piriformis_syndrome'?"))
  }

  @Test func aMissingNameIsAProblemOfTheNameField() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/plan", WebFixture.maria(replacing: ["name": ""]))
      #expect(response.status == .unprocessableContent)
      #expect(WebFixture.text(response).contains("id=\"field-name-error\">"))
    }
  }

  @Test func aScriptInTheNameIsShownAsText() async throws {
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(1)>"
    try await WebFixture.app().test(.router) { client in
      for uri in ["/plan", "/edit"] {
        let response = try await WebFixture.post(client, uri, WebFixture.maria(replacing: ["name": hostile]))
        #expect(response.status == .ok)
        let html = WebFixture.text(response)
        #expect(!html.contains("<script"), "\(uri): no script element")
        #expect(!html.contains("<img src=x"), "\(uri): no image element from the name")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
      }
      // And a bad form keeps it as text too.
      let bad = try await WebFixture.post(
        client, "/plan", WebFixture.maria(replacing: ["name": hostile, "pain": "\"><script>x</script>"]))
      #expect(bad.status == .unprocessableContent)
      #expect(!WebFixture.text(bad).contains("<script"))
    }
  }

  @Test func aRedFlagShowsTheReferralFirstAndNoExercises() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(
        client, "/plan", WebFixture.maria(replacing: [:], adding: [("red_flags", "bladder_bowel_change")]))
      #expect(response.status == .ok)
      let html = WebFixture.text(response)
      let referral = try #require(html.range(of: "<section class=\"referral\" role=\"alert\""))
      #expect(html.contains("Refer: no exercise plan for Maria Lopez"))
      #expect(html.contains("emergency: now"))
      #expect(!html.contains("The program ("), "no exercises")
      #expect(!html.contains("name=\"remove\""))
      let main = try #require(html.range(of: "<main>"))
      let before = html[main.upperBound..<referral.lowerBound]
      #expect(!before.contains("<h1") && !before.contains("<h2"), "the referral is the first thing on the page")
    }
  }

  @Test func anItemCanBeRemovedAndAnExcludedOneAddedBack() async throws {
    let plan = try WebFixture.plan(WebFixture.maria)
    let removed = try #require(plan.items.first { $0.kind == .stretch || $0.role == .stretch } ?? plan.items.first)
    let addable = try #require(plan.excluded.first { !$0.contraindicated })
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/plan", WebFixture.maria + [("remove", removed.id)])
      #expect(response.status == .ok)
      var html = WebFixture.text(response)
      #expect(!html.contains("id=\"item-\(removed.id)\""), "removed from the program")
      #expect(html.contains("<input type=\"hidden\" name=\"exclude\" value=\"\(removed.id)\">"), "kept as an exclude")

      let again = try await WebFixture.post(
        client, "/plan", WebFixture.maria + [("exclude", removed.id), ("add", addable.id)])
      #expect(again.status == .ok)
      html = WebFixture.text(again)
      #expect(html.contains("id=\"item-\(addable.id)\""), "\(addable.id) added back")
      #expect(html.contains("<input type=\"hidden\" name=\"include\" value=\"\(addable.id)\">"))
      #expect(!html.contains("id=\"item-\(removed.id)\""), "the removal is remembered")
    }
  }

  @Test func anUnsafeItemIsRefusedWithItsReason() async throws {
    let plan = try WebFixture.plan(WebFixture.maria)
    let unsafe = try #require(plan.excluded.first { $0.contraindicated })
    try await WebFixture.app().test(.router) { client in
      let page = try await WebFixture.post(client, "/plan", WebFixture.maria)
      #expect(!WebFixture.text(page).contains("name=\"add\" value=\"\(unsafe.id)\""), "no button to add it")

      // Asked for anyway (a crafted request): refused with the safety reason.
      let response = try await WebFixture.post(client, "/plan", WebFixture.maria + [("add", unsafe.id)])
      #expect(response.status == .ok)
      let html = WebFixture.text(response)
      #expect(html.contains("Not added: a safety rule keeps it out"))
      #expect(html.contains(HTML.escape(unsafe.reason)))
      #expect(!html.contains("id=\"item-\(unsafe.id)\""))
      #expect(!html.contains("name=\"include\" value=\"\(unsafe.id)\""), "dropped from the form")
    }
  }

  @Test func anUnknownItemIsAProblemNotACrash() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/plan", WebFixture.maria + [("add", "no_such_item")])
      #expect(response.status == .unprocessableContent)
      #expect(WebFixture.text(response).contains("&#39;no_such_item&#39; is not a catalogue item"))
    }
  }

  @Test func theHandoutIsAPDFWithASafeFileName() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/handout", WebFixture.maria)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/pdf")
      #expect(
        response.headers[.contentDisposition]
          == "attachment; filename=\"maria-lopez.pdf\"; filename*=UTF-8''maria-lopez.pdf")
      #expect(response.headers[.cacheControl] == "no-store")
      expectSecurityHeaders(response)
      #expect(Array(response.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))

      let hostile = try await WebFixture.post(
        client, "/handout", WebFixture.maria(replacing: ["name": "../../etc/\"passwd\"\u{00E9}"]))
      #expect(hostile.status == .ok)
      let disposition = try #require(hostile.headers[.contentDisposition])
      #expect(disposition == "attachment; filename=\"etc-passwd--.pdf\"; filename*=UTF-8''etc-passwd-%C3%A9.pdf")
    }
  }

  @Test func aBadFormForTheHandoutIsShownAgain() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/handout", WebFixture.maria(replacing: ["weeks": "9"]))
      #expect(response.status == .unprocessableContent)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      #expect(WebFixture.text(response).contains("id=\"field-weeks-error\">9 is out of range"))
    }
  }

  @Test func editGoesBackToTheFormWithWhatWasTyped() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/edit", WebFixture.maria + [("exclude", "walking")])
      #expect(response.status == .ok)
      let html = WebFixture.text(response)
      #expect(html.contains("<h1>New home program</h1>"))
      #expect(html.contains("value=\"Maria Lopez\""))
      #expect(html.contains("name=\"numbness\" value=\"right_leg\" checked"))
      #expect(html.contains("<input type=\"hidden\" name=\"exclude\" value=\"walking\">"))
    }
  }

  @Test func aProfileOfTheDataFolderLoadsIntoTheForm() async throws {
    try await WebFixture.app().test(.router) { client in
      let form = WebFixture.text(try await client.execute(uri: "/", method: .get))
      #expect(form.contains("<option value=\"maria-lopez.yaml\">"))
      #expect(!form.contains("class-roster.yaml"), "rosters are not profiles")

      let response = try await WebFixture.post(client, "/load", [("sample", "maria-lopez.yaml")])
      #expect(response.status == .ok)
      let html = WebFixture.text(response)
      #expect(html.contains("name=\"name\" value=\"Maria Lopez\""))
      #expect(html.contains("name=\"health\" value=\"osteoporosis\" checked"))
      #expect(html.contains("name=\"start\" value=\"2026-11-23\""))
      #expect(html.contains("value=\"Riverside Physical Therapy\""))

      for name in ["../../etc/passwd", "/etc/passwd", "class-roster.yaml", ""] {
        let refused = try await WebFixture.post(client, "/load", [("sample", name)])
        #expect(refused.status == .unprocessableContent, "\(name)")
        #expect(WebFixture.text(refused).contains("is not a profile of the data folder"))
      }
    }
  }

  @Test func aLoadedProfileGivesTheSameProfileBack() throws {
    let path = WebFixture.root.appendingPathComponent("examples/maria-lopez.yaml").path
    let profile = try ProfileDecoder(knownItemIDs: WebFixture.service.catalogue.ids).decode(path: path)
    let form = PatientForm(profile: profile)
    #expect(try WebFixture.service.profile(from: form).get() == profile)
  }

  @Test func paperAndLargePrintReachThePDF() async throws {
    try await WebFixture.app().test(.router) { client in
      let letter = try await WebFixture.post(client, "/handout", WebFixture.maria)
      let a4 = try await WebFixture.post(
        client, "/handout", WebFixture.maria(replacing: ["paper": "a4"], adding: [("large_print", "true")]))
      #expect(a4.status == .ok)
      let letterText = String(decoding: Array(letter.body.readableBytesView), as: UTF8.self)
      let a4Text = String(decoding: Array(a4.body.readableBytesView), as: UTF8.self)
      #expect(letterText.contains("/MediaBox [ 0 0 612 792 ]"))
      #expect(a4Text.contains("/MediaBox [ 0 0 595.27"))
      #expect(a4.body.readableBytes != letter.body.readableBytes)
    }
  }
}
