import Foundation
import HTTPTypes
import HomeStretch
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@testable import HomeStretchWeb

/// Profiles as files: Download profile (YAML) gives the file `homestretch plan` reads, and
/// Open a profile file loads one into the form, its problems beside their fields.
@Suite struct ProfileFileRouteTests {
  static let boundary = "----HomeStretchTestBoundary7MA4YWxk"

  /// The "Open a profile file" form as a browser posts it.
  static func upload(
    _ content: Data, fileName: String = "maria-lopez.yaml", csrf: String? = WebFixture.token.value
  ) -> (HTTPFields, ByteBuffer) {
    var body = Data()
    if let csrf {
      body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n".utf8)
    }
    body += Data(
      ("--\(boundary)\r\nContent-Disposition: form-data; name=\"profile\"; filename=\"\(fileName)\"\r\n"
        + "Content-Type: application/yaml\r\n\r\n").utf8)
    body += content + Data("\r\n--\(boundary)--\r\n".utf8)
    return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
  }

  static func open(_ client: some TestClientProtocol, _ content: Data, fileName: String = "maria-lopez.yaml")
    async throws -> TestResponse
  {
    let (headers, body) = upload(content, fileName: fileName)
    return try await client.execute(uri: "/profile/open", method: .post, headers: headers, body: body)
  }

  static func example(_ name: String) throws -> Data {
    try Data(contentsOf: WebFixture.root.appendingPathComponent("examples/\(name)"))
  }

  @Test func theDownloadedProfileIsTheFormsProfileAndThePlanCommandReadsIt() async throws {
    let fields = WebFixture.maria(
      replacing: ["name": "Ana \"Nan\" O'Brien # 2", "notes": "Line one.\nLine two: \"quoted\"."],
      adding: [("exclude", "walking"), ("large_print", "true")])
    let expected = try WebFixture.service.profile(from: PatientForm(body: FormBody(fields))).get()
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/profile/download", fields)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/yaml")
      #expect(response.headers[.cacheControl] == "no-store")
      #expect(
        response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"ana-nan-o-brien-2.yaml\"") == true)
      expectSecurityHeaders(response)

      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hs-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let file = folder.appendingPathComponent("ana.yaml")
      try Data(response.body.readableBytesView).write(to: file)
      let decoded = try ProfileDecoder(knownItemIDs: WebFixture.service.catalogue.ids).decode(path: file.path)
      #expect(decoded == expected)
      #expect(decoded.exclude == ["walking"] && decoded.largePrint)

      let plan = try Subprocess.run(ServeCommandTests.binary, ["plan", file.path], in: WebFixture.root)
      #expect(plan.status == 0, "\(plan.stderr)")
      #expect(plan.stdout.contains("Ana \"Nan\" O'Brien # 2"))
    }
  }

  @Test func thePreviewAndTheFormOfferTheDownload() async throws {
    try await WebFixture.app().test(.router) { client in
      let form = WebFixture.text(try await client.execute(uri: "/", method: .get))
      #expect(form.contains("formaction=\"/profile/download\">Download profile (YAML)</button>"))
      let preview = WebFixture.text(try await WebFixture.post(client, "/plan", WebFixture.maria))
      #expect(preview.contains("formaction=\"/profile/download\">Download profile (YAML)</button>"))
    }
  }

  @Test func aFormWithProblemsIsShownAgainInsteadOfAFile() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(
        client, "/profile/download", WebFixture.maria(replacing: ["pain": "14"]))
      #expect(response.status == .unprocessableContent)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      #expect(response.headers[.contentDisposition] == nil)
      let html = WebFixture.text(response)
      #expect(html.contains("Fix these to download the profile"))
      #expect(html.contains("id=\"field-pain-error\">14 is out of range"))
      #expect(html.contains("name=\"pain\" value=\"14\""), "the form keeps what was typed")

      let noToken = try await WebFixture.post(client, "/profile/download", WebFixture.maria, csrf: false)
      #expect(noToken.status == .forbidden)
    }
  }

  @Test func notesWithTheBrowsersLineBreaksAreKept() async throws {
    // A browser posts a text area's line breaks as CR LF.
    let fields = WebFixture.maria(replacing: ["notes": "Walk after meals.\r\nCall if worse."])
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(client, "/profile/download", fields)
      #expect(response.status == .ok)
      #expect(String(buffer: response.body).contains("notes: \"Walk after meals.\\nCall if worse.\""))
    }
  }

  @Test func aNameWithoutASCIILettersStillGetsAYAMLFileName() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await WebFixture.post(
        client, "/profile/download", WebFixture.maria(replacing: ["name": "李小龙"]))
      #expect(response.status == .ok)
      #expect(
        response.headers[.contentDisposition]
          == "attachment; filename=\"profile.yaml\"; filename*=UTF-8''%E6%9D%8E%E5%B0%8F%E9%BE%99.yaml")
    }
  }

  @Test func anOpenedFileFillsTheFormWithItsProfile() async throws {
    let data = try Self.example("maria-lopez.yaml")
    let profile = try WebFixture.service.profile(yamlData: data, file: "maria-lopez.yaml").get()
    try await WebFixture.app().test(.router) { client in
      let response = try await Self.open(client, data)
      #expect(response.status == .ok)
      #expect(response.headers[.cacheControl] == "no-store")
      let html = WebFixture.text(response)
      #expect(html.contains("Opened maria-lopez.yaml. Check the form, then make the plan."))
      #expect(html.contains("name=\"name\" value=\"Maria Lopez\""))
      #expect(html.contains("name=\"numbness\" value=\"right_leg\" checked"))
      #expect(html.contains("name=\"health\" value=\"osteoporosis\" checked"))
      #expect(html.contains("name=\"start\" value=\"2026-11-23\""))
      #expect(html.contains("value=\"Riverside Physical Therapy\""))
      #expect(!html.contains("error-summary"))
      // The form as shown posts back the file's profile.
      #expect(try WebFixture.service.profile(from: PatientForm(profile: profile)).get() == profile)
    }
  }

  @Test func aFileWithProblemsShowsEachBesideItsFieldWithItsLine() async throws {
    let yaml = """
      name: Tom <b>Becker</b>
      condition: sciatica
      side: left
      pain: 14
      equipmnt: [strap]

      """
    try await WebFixture.app().test(.router) { client in
      let response = try await Self.open(client, Data(yaml.utf8), fileName: "C:\\fakepath\\tom.yaml")
      #expect(response.status == .unprocessableContent)
      let html = WebFixture.text(response)
      #expect(html.contains("3 things to fix"))
      #expect(html.contains("id=\"field-pain-error\">tom.yaml, line 4: 14 is out of range"))
      #expect(html.contains("id=\"field-condition-error\">tom.yaml, line 2: &#39;sciatica&#39; is not known"))
      #expect(html.contains("tom.yaml, line 5: equipmnt: unknown field"))
      #expect(html.contains("did you mean &#39;equipment&#39;"))
      #expect(!html.contains("fakepath"), "only the file's own name is shown")
      // What the file says is in the form, escaped.
      #expect(html.contains("name=\"name\" value=\"Tom &lt;b&gt;Becker&lt;/b&gt;\""))
      #expect(html.contains("name=\"pain\" value=\"14\""))
      #expect(html.contains("type=\"radio\" id=\"field-side-0\" name=\"side\" value=\"left\" checked"))
      #expect(!html.contains("<b>Becker"))
    }
  }

  @Test func aFileThatIsNotYAMLIsAMessageAtTheTop() async throws {
    try await WebFixture.app().test(.router) { client in
      let response = try await Self.open(client, Data("name: Maria\npain: [6\n".utf8), fileName: "broken.yaml")
      #expect(response.status == .unprocessableContent)
      let html = WebFixture.text(response)
      #expect(html.contains("<div class=\"error-summary\" role=\"alert\" id=\"problems\">"))
      #expect(html.contains("broken.yaml, line 3: "))

      let binary = try await Self.open(client, Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00]), fileName: "photo.jpg")
      #expect(binary.status == .unprocessableContent)
      #expect(WebFixture.text(binary).contains("photo.jpg: is not UTF-8 text"))

      let none = try await Self.open(client, Data(), fileName: "")
      #expect(none.status == .unprocessableContent)
      #expect(WebFixture.text(none).contains("No file was chosen"))
    }
  }

  @Test func aFileOverTheProfileLimitIs413() async throws {
    let big = Data(repeating: UInt8(ascii: "#"), count: InputLimits.yamlFileBytes + 1)
    try await WebFixture.app().test(.router) { client in
      let response = try await Self.open(client, big)
      #expect(response.status == .contentTooLarge)
      #expect(WebFixture.text(response).contains("larger than the limit of 1,000,000 bytes (1 MB) for one profile"))
      // Just under the limit is read, and is the decoder's business.
      let under = try await Self.open(client, Data(repeating: UInt8(ascii: "#"), count: InputLimits.yamlFileBytes))
      #expect(under.status == .unprocessableContent)
      #expect(WebFixture.text(under).contains("is empty"))
    }
  }

  @Test func theUploadNeedsTheTokenAndAMultipartBody() async throws {
    let data = try Self.example("maria-lopez.yaml")
    try await WebFixture.app().test(.router) { client in
      let (headers, body) = Self.upload(data, csrf: nil)
      let noToken = try await client.execute(uri: "/profile/open", method: .post, headers: headers, body: body)
      #expect(noToken.status == .forbidden)
      #expect(WebFixture.text(noToken).contains("security token is missing or old"))
      #expect(!WebFixture.text(noToken).contains("Maria"))

      let (_, wrongBody) = Self.upload(data, csrf: "f" + WebFixture.token.value.dropFirst())
      let wrong = try await client.execute(uri: "/profile/open", method: .post, headers: headers, body: wrongBody)
      #expect(wrong.status == .forbidden)

      let form = try await WebFixture.post(client, "/profile/open", WebFixture.maria)
      #expect(form.status == .unsupportedMediaType)
      #expect(WebFixture.text(form).contains("multipart/form-data"))

      let noBoundary = try await client.execute(
        uri: "/profile/open", method: .post, headers: [.contentType: "multipart/form-data"], body: body)
      #expect(noBoundary.status == .unsupportedMediaType)

      let garbage = try await client.execute(
        uri: "/profile/open", method: .post, headers: headers, body: ByteBuffer(string: "no parts at all"))
      #expect(garbage.status == .badRequest)
      #expect(WebFixture.text(garbage).contains("could not be read"))
    }
  }

  @Test func theFormPageOffersALabelledFileInputWithTheToken() async throws {
    try await WebFixture.app().test(.router) { client in
      let html = WebFixture.text(try await client.execute(uri: "/", method: .get))
      #expect(html.contains("action=\"/profile/open\" enctype=\"multipart/form-data\""))
      #expect(html.contains("<label for=\"profile-file\">Open a profile file</label>"))
      #expect(html.contains("<input type=\"file\" id=\"profile-file\" name=\"profile\""))
      let open = try #require(html.range(of: "action=\"/profile/open\""))
      let token = "name=\"csrf\" value=\"\(WebFixture.token.value)\""
      #expect(html[open.upperBound...].prefix(400).contains(token), "the token is a field of the upload form")
    }
  }
}
