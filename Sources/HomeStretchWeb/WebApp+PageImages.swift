import Foundation
import HTTPTypes
import Handout
import Hummingbird
import NIOCore

extension WebApp {
  /// The address of page `number`'s image of the preview kept under `id`:
  /// `/pages/<id>/<number>/small.png`. Nothing of the patient is in it.
  public static func pageImagePath(_ id: String, page number: Int, size: PageImageSize) -> String {
    "/pages/\(id)/\(number)/\(size.rawValue)"
  }

  /// `GET /pages/:id/:number/:size`: a page of a kept preview as a PNG, drawn through the
  /// render queue (the thumbnails of all pages together, the first time one is asked for;
  /// a larger page on its own), `Cache-Control: no-store`. 404 once the preview is no
  /// longer kept; 503 with `Retry-After` when the queue is full.
  static func addPageImageRoutes(
    to router: Router<BasicRequestContext>, service: PlanningService, previews: PreviewResults
  ) {
    router.get("/pages/:id/:number/:size") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard let size = context.parameters.get("size").flatMap(PageImageSize.init(rawValue:)),
        let number = context.parameters.get("number").flatMap(Int.init),
        let kept = previews.value(id), kept.preview.pages.indices.contains(number - 1)
      else {
        return WebResponse.message(
          .notFound, title: "No longer kept",
          text:
            "This page of the handout is no longer kept: a preview's pages are kept in memory for "
            + "\(previews.lifetimeText) (less when many plans were made since), and a restart deletes them. "
            + "Make the plan again.")
      }
      let document = kept.preview.document
      let drawn: KeptPreview.Drawn
      switch size {
      case .thumbnail:
        let every = Array(1...kept.preview.pages.count)
        drawn = await kept.thumbnails { await draw(service, document, pages: every, size: size) }
      case .larger:
        drawn = await kept.largerPage(number) { await draw(service, document, pages: [number], size: size) }
      }
      switch drawn {
      case .images(let images):
        guard let image = images.first(where: { $0.number == number }) else { break }
        var fields = HTTPFields()
        fields[.contentType] = "image/png"
        fields[.cacheControl] = "no-store"
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: image.png)))
      case .busy(let full):
        var response = WebResponse.message(.serviceUnavailable, title: "Busy", text: busyMessage(full))
        response.headers[.retryAfter] = String(full.retryAfter)
        return response
      case .failed(let error):
        return WebResponse.message(
          .internalServerError, title: "The page could not be drawn", text: error.message)
      }
      return WebResponse.message(.internalServerError, title: "The page could not be drawn", text: "It is missing.")
    }
  }

  /// Pages `numbers` drawn at `size` through the render queue.
  static func draw(_ service: PlanningService, _ document: LaidOutDocument, pages numbers: [Int], size: PageImageSize)
    async -> KeptPreview.Drawn
  {
    do throws(RenderQueue.Full) {
      switch try await service.queuedPageImages(document, pages: numbers, pixelWidth: size.pixelWidth) {
      case .success(let images): return .images(images)
      case .failure(let error): return .failed(error)
      }
    } catch {
      return .busy(error)
    }
  }
}
