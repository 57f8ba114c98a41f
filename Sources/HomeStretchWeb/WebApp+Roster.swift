import Foundation
import HTTPTypes
import Handout
import HomeStretch
import Hummingbird
import NIOCore

extension WebApp {
  /// The most bytes a roster upload may have: the roster limit of every other input path,
  /// and room for the form's other fields and the multipart boundaries.
  public static let rosterBodyLimit = InputLimits.rosterBytes + 64_000

  /// The roster limits in words, for every 413 of the roster routes.
  static let rosterLimitText =
    "A roster may have up to \(InputLimits.rosterBytes.formatted()) bytes (20 MB) and "
    + "\(InputLimits.rosterPatients.formatted()) patients; split the class into smaller rosters."

  /// The class roster: `GET /roster` (the upload form), `POST /roster` (a
  /// `multipart/form-data` upload with the CSRF token as a field; answers the batch
  /// summary), and the downloads of a batch kept in `results` under its id:
  /// `/roster/ID/all.pdf`, `/roster/ID/handouts.zip`, `/roster/ID/summary.csv`. No patient
  /// name is ever in an address; an expired or unknown id is 404.
  static func addRosterRoutes(
    to router: Router<BasicRequestContext>, service: PlanningService, csrf: CSRFToken, results: RosterResults
  ) {
    router.get("/roster") { _, _ -> Response in
      WebResponse.html(RosterPage.upload(csrf: csrf.value, lifetime: results.lifetimeText))
    }

    router.post("/roster") { request, context -> Response in
      let upload: RosterUpload
      switch await readRosterUpload(request, context: context, csrf: csrf, lifetime: results.lifetimeText) {
      case .failure(let refusal): return refusal.response
      case .success(let read): upload = read
      }
      let outcome: PlanningService.RosterOutcome
      do throws(RenderQueue.Full) { outcome = try await service.queuedRosterBatch(upload) } catch {
        var response = WebResponse.html(
          RosterPage.upload(
            csrf: csrf.value, problems: [rosterBusyText(error)], paper: upload.paper, largePrint: upload.largePrint,
            lifetime: results.lifetimeText),
          status: .serviceUnavailable)
        response.headers[.retryAfter] = String(error.retryAfter)
        return response
      }
      switch outcome {
      case .refused(let errors):
        let overLimit = errors.isOverLimit
        let messages = errors.errors.map(\.description) + (overLimit ? [rosterLimitText] : [])
        return WebResponse.html(
          RosterPage.upload(
            csrf: csrf.value, problems: messages, paper: upload.paper, largePrint: upload.largePrint,
            lifetime: results.lifetimeText),
          status: overLimit ? .contentTooLarge : .unprocessableContent)
      case .batch(let batch):
        let id = results.keep(batch)
        return WebResponse.html(RosterPage.summary(batch, id: id, lifetime: results.lifetimeText))
      }
    }

    router.get("/roster/:id/all.pdf") { _, context -> Response in
      rosterDownload(context, results: results, what: "all.pdf") { batch in
        batch.combinedPDF.map { WebResponse.download($0, contentType: "application/pdf", fileName: "all.pdf") }
      }
    }
    router.get("/roster/:id/handouts.zip") { _, context -> Response in
      rosterDownload(context, results: results, what: "handouts.zip") { batch in
        batch.archive.map { WebResponse.download($0, contentType: "application/zip", fileName: "handouts.zip") }
      }
    }
    router.get("/roster/:id/summary.csv") { _, context -> Response in
      rosterDownload(context, results: results, what: "summary.csv") { batch in
        WebResponse.download(batch.summaryCSV, contentType: "text/csv; charset=utf-8", fileName: "summary.csv")
      }
    }
  }

  /// Why a roster upload was refused while another prints.
  static func rosterBusyText(_ full: RenderQueue.Full) -> String {
    "Another class roster is being printed now, and this server prints one at a time: nothing of "
      + "this upload was printed or kept. Choose the file again and print it in \(full.retryAfter) seconds or more."
  }

  /// One download of a kept batch, or a 404 page saying why there is none.
  static func rosterDownload(
    _ context: BasicRequestContext, results: RosterResults, what: String, answer: (RosterBatch) -> Response?
  ) -> Response {
    let id = context.parameters.get("id") ?? ""
    guard RosterResults.isWellFormed(id), let batch = results.batch(id) else {
      return WebResponse.message(
        .notFound, title: "No longer kept",
        text:
          "These handouts are no longer kept: a roster's results are kept in memory for \(results.lifetimeText) "
          + "(less when many large rosters were printed since), then deleted, and a restart deletes them too. "
          + "Upload the roster again.")
    }
    return answer(batch)
      ?? WebResponse.message(
        .notFound, title: "Nothing to download",
        text: "This roster printed no handout, so there is no \(what). Its summary.csv lists why for every row.")
  }

  /// The roster upload: at most ``rosterBodyLimit`` bytes, `multipart/form-data`, with a
  /// valid CSRF token, a file and known print options.
  static func readRosterUpload(
    _ request: Request, context: BasicRequestContext, csrf: CSRFToken, lifetime: String
  ) async -> Result<RosterUpload, Refusal> {
    func refuse(_ status: HTTPResponse.Status, _ title: String, _ text: String) -> Result<RosterUpload, Refusal> {
      .failure(Refusal(response: WebResponse.message(status, title: title, text: text)))
    }
    if let length = request.headers[.contentLength].flatMap(Int.init), length > rosterBodyLimit {
      return refuse(.contentTooLarge, "Roster too large", "The upload is larger than the limit. \(rosterLimitText)")
    }
    guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType] ?? "") else {
      return refuse(
        .unsupportedMediaType, "Not a roster upload",
        "This address takes the roster upload form (multipart/form-data with the roster file). Open the Class roster page and upload from there."
      )
    }
    var request = request
    let buffer: ByteBuffer
    do {
      buffer = try await request.collectBody(upTo: rosterBodyLimit)
    } catch {
      return refuse(.contentTooLarge, "Roster too large", "The upload is larger than the limit. \(rosterLimitText)")
    }
    let form: MultipartForm
    do {
      form = try MultipartForm(body: buffer, boundary: boundary)
    } catch {
      return refuse(
        .badRequest, "Upload not readable", "The upload could not be read: \(error.message). Upload the file again.")
    }
    guard csrf.matches(form.value("csrf")) else {
      return refuse(
        .forbidden, "Form expired",
        "This form did not come from this server's own page (its security token is missing or old, for example after a restart). Open the Class roster page again."
      )
    }
    let paperValue = (form.value("paper") ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    let paper = Paper(rawValue: paperValue)
    let largePrint = form.value("large_print") == "true"
    func problem(_ message: String) -> Result<RosterUpload, Refusal> {
      .failure(
        Refusal(
          response: WebResponse.html(
            RosterPage.upload(
              csrf: csrf.value, problems: [message], paper: paper, largePrint: largePrint, lifetime: lifetime),
            status: .unprocessableContent)))
    }
    if !paperValue.isEmpty && paper == nil {
      return problem(
        "paper: '\(paperValue)' is not known; allowed: \(Paper.allowedValues.joined(separator: ", ")), or empty for each row's own"
      )
    }
    guard let file = form.file("roster") else {
      return problem("roster: no file was chosen; choose the roster file (.csv or .yaml) and upload it")
    }
    return .success(RosterUpload(fileName: file.fileName ?? "", data: file.data, paper: paper, largePrint: largePrint))
  }
}
