import Foundation
import HTTPTypes
import Handout
import HomeStretch
import Hummingbird
import NIOCore

/// The JSON API for other clinic software: `POST /api/plan` (a profile as JSON or YAML →
/// the JSON of `homestretch plan --json`) and `POST /api/handout` (→ the PDF). It takes no
/// CSRF token; instead it refuses every content type a browser form can send to another
/// site without asking first (a CORS preflight, which this server never grants), so a page
/// elsewhere cannot drive it. Every answer but the PDF is JSON.
enum APIRoutes {
  /// How the body holds the profile.
  enum Format: Equatable {
    case json, yaml
  }

  /// The content types taken, by their essence (parameters such as `charset` aside).
  static let contentTypes: [String: Format] = [
    "application/json": .json, "application/yaml": .yaml, "application/x-yaml": .yaml, "text/yaml": .yaml,
  ]

  static func isAPIPath(_ path: String) -> Bool { APIErrorFormat.isAPIPath(path) }

  /// The body's format and bytes, at most ``InputLimits/yamlFileBytes``; a refusal (415,
  /// 413) as JSON otherwise.
  static func readProfile(_ request: Request) async -> Result<(Format, Data), WebApp.Refusal> {
    let essence =
      (request.headers[.contentType] ?? "").split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
      .first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    guard let format = contentTypes[essence] else {
      let given = essence.isEmpty ? "no content type" : "'\(essence)'"
      return .failure(
        WebApp.Refusal(
          response: APIResponse.error(
            .unsupportedMediaType,
            "The body must be a profile sent as application/json, application/yaml, application/x-yaml or text/yaml; "
              + "this request has \(given). Forms (text/plain, application/x-www-form-urlencoded, multipart/form-data) "
              + "are refused so that no web page can post here.")))
    }
    let limit = InputLimits.yamlFileBytes
    let tooLarge = WebApp.Refusal(
      response: APIResponse.error(
        .contentTooLarge, "The profile is larger than the limit of \(limit.formatted()) bytes for one profile."))
    if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
      return .failure(tooLarge)
    }
    var request = request
    do {
      let buffer = try await request.collectBody(upTo: limit)
      return .success((format, Data(buffer.readableBytesView)))
    } catch {
      return .failure(tooLarge)
    }
  }

  /// The profile in the body, checked by the command line's decoder: 422 with every problem.
  static func profile(_ request: Request, service: PlanningService) async -> Result<Profile, WebApp.Refusal> {
    let format: Format
    let data: Data
    switch await readProfile(request) {
    case .failure(let refusal): return .failure(refusal)
    case .success(let read): (format, data) = read
    }
    let decoded =
      format == .json
      ? service.profile(json: data, file: "request") : service.profile(yamlData: data, file: "request")
    return decoded.mapError { WebApp.Refusal(response: APIResponse.problems($0)) }
  }
}

extension WebApp {
  /// `POST /api/plan` and `POST /api/handout`, the JSON API (see ``APIRoutes``).
  static func addAPIRoutes(to router: Router<BasicRequestContext>, service: PlanningService) {
    router.post("/api/plan") { request, _ -> Response in
      let profile: Profile
      switch await APIRoutes.profile(request, service: service) {
      case .failure(let refusal): return refusal.response
      case .success(let checked): profile = checked
      }
      do {
        return APIResponse.json(try service.planJSON(for: profile))
      } catch {
        return APIResponse.error(.internalServerError, "The plan could not be written as JSON.")
      }
    }

    router.post("/api/handout") { request, _ -> Response in
      let profile: Profile
      switch await APIRoutes.profile(request, service: service) {
      case .failure(let refusal): return refusal.response
      case .success(let checked): profile = checked
      }
      // The form's path, so the handout is drawn exactly as the web app's Download PDF draws it.
      let print: Result<PlanningService.Print, HandoutError>
      do throws(RenderQueue.Full) { print = try await service.queuedHandout(PatientForm(profile: profile)) } catch {
        return WebApp.busy(error, path: "/api/handout")
      }
      switch print {
      case .success(.handout(let handout)):
        return WebResponse.pdf(handout.pdf, fileName: handout.fileName)
      case .success(.problems(_, let problems)):
        let errors = problems.byField.sorted { $0.key < $1.key }.flatMap { field, messages in
          messages.map { InputError(file: "request", line: nil, field: field.isEmpty ? nil : field, message: $0) }
        }
        return APIResponse.problems(InputErrors(errors))
      case .failure(let error):
        return APIResponse.error(.internalServerError, "The handout could not be drawn: \(error.message)")
      }
    }
  }
}
