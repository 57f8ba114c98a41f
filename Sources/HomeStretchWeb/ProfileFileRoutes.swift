import Foundation
import HTTPTypes
import HomeStretch
import Hummingbird
import NIOCore

extension WebApp {
  /// The most bytes the "Open a profile file" form may have: the profile limit, and room
  /// for the token and the parts' headers.
  static let uploadBodyLimit = InputLimits.yamlFileBytes + 64 * 1024

  /// Profiles as files: `POST /profile/download` (the form, checked, as the YAML
  /// `homestretch plan` reads) and `POST /profile/open` (a YAML file loaded into the form).
  static func addProfileFileRoutes(
    to router: Router<BasicRequestContext>, service: PlanningService, csrf: CSRFToken
  ) {
    router.post("/profile/download") { request, context -> Response in
      let body: FormBody
      switch await readForm(request, context: context, csrf: csrf) {
      case .failure(let refusal): return refusal.response
      case .success(let read): body = read
      }
      let form = PatientForm(body: body)
      switch service.profileFile(from: form) {
      case .success(let file):
        var fields = HTTPFields()
        fields[.contentType] = "application/yaml"
        fields[.contentDisposition] = WebResponse.contentDisposition(file.fileName, fallback: "profile.yaml")
        fields[.cacheControl] = "no-store"
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: file.yaml)))
      case .failure(let problems):
        return WebResponse.html(
          FormPage.html(
            form: form, problems: problems, csrf: csrf.value, samples: service.samples.names,
            notice: "Fix these to download the profile: a profile file must be one homestretch plan accepts."),
          status: .unprocessableContent)
      }
    }

    router.post("/profile/open") { request, _ -> Response in
      let upload: ProfileUpload
      switch await readUpload(request, csrf: csrf) {
      case .failure(let refusal): return refusal.response
      case .success(let read): upload = read
      }
      let therapist = rememberedTherapist(request)
      func page(_ form: PatientForm, _ problems: FormProblems, notice: String?) -> Response {
        WebResponse.html(
          FormPage.html(
            form: form, problems: problems, csrf: csrf.value, samples: service.samples.names, notice: notice),
          status: problems.isEmpty ? .ok : .unprocessableContent)
      }
      guard !upload.fileName.isEmpty || !upload.data.isEmpty else {
        return page(
          .blank(therapist: therapist),
          FormProblems(byField: ["": ["No file was chosen: choose a profile file (.yaml), then Open."]]), notice: nil)
      }
      let name = upload.fileName.isEmpty ? "the file" : upload.fileName
      switch service.profile(yamlData: upload.data, file: name) {
      case .success(let profile):
        return page(
          PatientForm(profile: profile), FormProblems(),
          notice: "Opened \(name). Check the form, then make the plan.")
      case .failure(let errors):
        let form = ProfileFields(yamlData: upload.data).map { PatientForm(fields: $0, therapist: therapist) }
        return page(
          form ?? .blank(therapist: therapist), FormProblems(file: errors, fileName: name),
          notice: "\(name) could not be opened as it is: its values are in the form, with what to fix.")
      }
    }
  }

  /// The upload form's body, at most ``uploadBodyLimit`` bytes with a file of at most
  /// ``InputLimits/yamlFileBytes``, with a valid CSRF token.
  static func readUpload(_ request: Request, csrf: CSRFToken) async -> Result<ProfileUpload, Refusal> {
    let limit = InputLimits.yamlFileBytes
    let tooLarge = Refusal(
      response: WebResponse.message(
        .contentTooLarge, title: "Too large",
        text: "The file is larger than the limit of \(limit.formatted()) bytes (1 MB) for one profile."))
    if let length = request.headers[.contentLength].flatMap(Int.init), length > uploadBodyLimit {
      return .failure(tooLarge)
    }
    let type = request.headers[.contentType] ?? ""
    let notUpload = Refusal(
      response: WebResponse.message(
        .unsupportedMediaType, title: "Not a file upload",
        text: "This address takes the Open a profile file form (multipart/form-data)."))
    guard ProfileUpload.boundary(type) != nil else { return .failure(notUpload) }
    var request = request
    let buffer: ByteBuffer
    do {
      buffer = try await request.collectBody(upTo: uploadBodyLimit)
    } catch {
      return .failure(tooLarge)
    }
    let upload: ProfileUpload
    do throws(ProfileUpload.Problem) {
      upload = try ProfileUpload(body: buffer, contentType: type)
    } catch .tooLarge {
      return .failure(tooLarge)
    } catch .notMultipart {
      return .failure(notUpload)
    } catch {
      return .failure(
        Refusal(
          response: WebResponse.message(
            .badRequest, title: "Unreadable upload",
            text: "The upload could not be read (its parts are malformed). Choose the file and open it again.")))
    }
    guard csrf.matches(upload.csrf) else {
      return .failure(
        Refusal(
          response: WebResponse.message(
            .forbidden, title: "Form expired",
            text:
              "This form did not come from this server's own page (its security token is missing or old, for example after a restart). Open the form again."
          )))
    }
    return .success(upload)
  }
}
