import Hummingbird

/// Whether the request being answered is one of the API's (under `/api/`): there every
/// refusal, the Host check, an unknown address or method, a body too large, is JSON, so
/// clinic software never has to read HTML. ``WebResponse/message(_:title:text:)`` reads it.
enum APIErrorFormat {
  @TaskLocal static var isJSON = false

  /// The API's addresses: `/api` and everything under it.
  static func isAPIPath(_ path: String) -> Bool {
    path == "/api" || path.hasPrefix("/api/")
  }
}

/// Marks the task of a request under `/api/` (``APIErrorFormat/isJSON``). It runs outside
/// ``SecurityMiddleware``, so even the Host refusal is JSON there.
struct APIErrorFormatMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    guard APIErrorFormat.isAPIPath(request.uri.path) else { return try await next(request, context) }
    return try await APIErrorFormat.$isJSON.withValue(true) { try await next(request, context) }
  }
}
