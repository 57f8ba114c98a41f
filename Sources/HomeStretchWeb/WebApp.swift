import Foundation
import HTTPTypes
import Handout
import HomeStretch
import Hummingbird
import NIOCore

/// The therapist's web app: routes, forms and HTML over ``PlanningService``. Each handler
/// reads its input, calls one library function and writes the answer; no planning, layout
/// or storage happens here.
///
///     let app = WebApp.application(service: service, port: 8080)
///     try await app.runService()
public enum WebApp {
  /// The most bytes a form POST may have: the profile limit of every other input path.
  public static let bodyLimit = InputLimits.yamlFileBytes

  /// The most bytes the kept previews (their layouts and page images) may hold in all.
  public static let previewBudget = 48_000_000
  /// The most previews kept at once: the last half hour of a busy clinic (a page image
  /// is asked for within seconds of its preview, a larger page within minutes).
  public static let previewCount = 60

  /// The cookie that remembers the therapist's own details (not patient data).
  public static let therapistCookie = "homestretch_therapist"

  /// The router with every route and the security middleware; with `login` (a server on
  /// the network), the sign-in pages and a session needed for everything else.
  public static func router(
    service: PlanningService, hosts: HostAllowList, csrf: CSRFToken, rosterResults: RosterResults = RosterResults(),
    previews: PreviewResults = PreviewResults(byteBudget: previewBudget, maxCount: previewCount),
    login: LoginGate? = nil
  ) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: APIErrorFormatMiddleware())
    router.add(middleware: SecurityMiddleware(hosts: hosts))
    if let login { addLoginRoutes(to: router, gate: login, csrf: csrf) }

    router.get("/") { request, _ -> Response in
      let form = PatientForm.blank(therapist: rememberedTherapist(request))
      return WebResponse.html(FormPage.html(form: form, csrf: csrf.value, samples: service.samples.names))
    }

    // A profile of the data folder, loaded into the form.
    router.post("/load") { request, context -> Response in
      let body: FormBody
      switch await readForm(request, context: context, csrf: csrf) {
      case .failure(let refusal): return refusal.response
      case .success(let read): body = read
      }
      switch service.load(sample: body.value("sample") ?? "") {
      case .success(let form):
        return WebResponse.html(FormPage.html(form: form, csrf: csrf.value, samples: service.samples.names))
      case .failure(let problems):
        let form = PatientForm.blank(therapist: rememberedTherapist(request))
        return WebResponse.html(
          FormPage.html(form: form, problems: problems, csrf: csrf.value, samples: service.samples.names),
          status: .unprocessableContent)
      }
    }

    router.get("/style.css") { _, _ -> Response in
      var fields = HTTPFields()
      fields[.contentType] = "text/css; charset=utf-8"
      fields[.cacheControl] = "max-age=3600"
      return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.css)))
    }

    // Back to the form with what the preview carried.
    router.post("/edit") { request, context -> Response in
      switch await readForm(request, context: context, csrf: csrf) {
      case .failure(let refusal): return refusal.response
      case .success(let body):
        return WebResponse.html(
          FormPage.html(form: PatientForm(body: body), csrf: csrf.value, samples: service.samples.names))
      }
    }

    router.post("/plan") { request, context -> Response in
      let body: FormBody
      switch await readForm(request, context: context, csrf: csrf) {
      case .failure(let refusal): return refusal.response
      case .success(let read): body = read
      }
      let form = PatientForm(body: body)
      switch service.preview(form, remove: body.value("remove"), add: body.value("add")) {
      case .problems(let form, let problems):
        return WebResponse.html(
          FormPage.html(form: form, problems: problems, csrf: csrf.value, samples: service.samples.names),
          status: .unprocessableContent)
      case .plan(let form, let plan, let refused):
        let handout: Result<(preview: HandoutPreview, id: String), HandoutError>
        do throws(RenderQueue.Full) {
          handout = try await service.queuedPreview(of: plan).map { ($0, previews.keep(KeptPreview($0))) }
        } catch {
          return busy(error, path: "/plan", retry: body, csrf: csrf)
        }
        var response = WebResponse.html(
          PreviewPage.html(
            form: form, plan: plan, refused: refused, catalogue: service.catalogue, wording: service.wording,
            csrf: csrf.value, handout: handout))
        response.setCookie(therapistCookie(form.therapist))
        return response
      }
    }

    router.post("/handout") { request, context -> Response in
      let body: FormBody
      switch await readForm(request, context: context, csrf: csrf) {
      case .failure(let refusal): return refusal.response
      case .success(let read): body = read
      }
      let print: Result<PlanningService.Print, HandoutError>
      do throws(RenderQueue.Full) { print = try await service.queuedHandout(PatientForm(body: body)) } catch {
        return busy(error, path: "/handout", retry: body, csrf: csrf)
      }
      switch print {
      case .success(.problems(let form, let problems)):
        return WebResponse.html(
          FormPage.html(form: form, problems: problems, csrf: csrf.value, samples: service.samples.names),
          status: .unprocessableContent)
      case .success(.handout(let handout)):
        return WebResponse.pdf(handout.pdf, fileName: handout.fileName)
      case .failure(let error):
        return WebResponse.message(
          .internalServerError, title: "The handout could not be drawn", text: error.message)
      }
    }
    addRosterRoutes(to: router, service: service, csrf: csrf, results: rosterResults)
    addProfileFileRoutes(to: router, service: service, csrf: csrf)
    addAPIRoutes(to: router, service: service)
    addPageImageRoutes(to: router, service: service, previews: previews)
    return router
  }

  /// The application on 127.0.0.1 only; `onRunning` is told the address once it listens.
  public static func application(
    service: PlanningService, port: Int, csrf: CSRFToken = .random(),
    onRunning: @escaping @Sendable (String) -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let router = router(service: service, hosts: .loopback(port: port), csrf: csrf)
    return Application(
      router: router,
      configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: nil),
      onServerRunning: { channel in
        onRunning("http://127.0.0.1:\(channel.localAddress?.port ?? port)/")
      })
  }

  /// Runs the application until the process is told to stop (Ctrl-C, SIGTERM).
  public static func serve(
    service: PlanningService, port: Int, onRunning: @escaping @Sendable (String) -> Void
  ) async throws {
    try await application(service: service, port: port, onRunning: onRunning).runService()
  }

  /// A request refused before its handler runs: wrong token, too big, unreadable.
  struct Refusal: Error {
    var response: Response
  }

  /// The POST body, at most ``bodyLimit`` bytes, with a valid CSRF token.
  static func readForm(_ request: Request, context: BasicRequestContext, csrf: CSRFToken) async -> Result<
    FormBody, Refusal
  > {
    let limitText = "The form is larger than the limit of \(bodyLimit.formatted()) bytes (1 MB); shorten the notes."
    if let length = request.headers[.contentLength].flatMap(Int.init), length > bodyLimit {
      return .failure(Refusal(response: WebResponse.message(.contentTooLarge, title: "Too large", text: limitText)))
    }
    let type = request.headers[.contentType]?.lowercased() ?? ""
    guard type.hasPrefix("application/x-www-form-urlencoded") else {
      return .failure(
        Refusal(
          response: WebResponse.message(
            .unsupportedMediaType, title: "Not a form",
            text: "This address takes the patient form (application/x-www-form-urlencoded).")))
    }
    var request = request
    let buffer: ByteBuffer
    do {
      buffer = try await request.collectBody(upTo: bodyLimit)
    } catch {
      return .failure(Refusal(response: WebResponse.message(.contentTooLarge, title: "Too large", text: limitText)))
    }
    let body = FormBody(urlEncoded: String(buffer: buffer))
    guard csrf.matches(body.value("csrf")) else {
      return .failure(
        Refusal(
          response: WebResponse.message(
            .forbidden, title: "Form expired",
            text:
              "This form did not come from this server's own page (its security token is missing or old, for example after a restart). Open the form again."
          )))
    }
    return .success(body)
  }

  static func rememberedTherapist(_ request: Request) -> Therapist {
    guard let value = request.cookies[therapistCookie]?.value,
      let data = Data(
        base64Encoded: value.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")),
      let therapist = try? JSONDecoder().decode(Therapist.self, from: data)
    else { return Therapist() }
    return therapist
  }

  static func therapistCookie(_ therapist: Therapist) -> Cookie {
    let data = (try? JSONEncoder().encode(therapist)) ?? Data()
    let value = data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_")
    return Cookie(
      name: therapistCookie, value: value, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true, sameSite: .strict)
  }
}
