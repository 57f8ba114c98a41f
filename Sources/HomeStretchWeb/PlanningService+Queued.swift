import Foundation
import Handout
import HomeStretch

/// The renders a request asks for, through ``PlanningService/renderQueue``: at most one per
/// renderer of the pool at a time, a short line behind them, and ``RenderQueue/Full`` at
/// once beyond it (the routes answer 503 with `Retry-After`). Every route that draws a
/// handout or its pages goes through here.
extension PlanningService {
  /// The pixel width of the preview's page images: 96 pixels per inch on letter paper, so
  /// a page opened larger reads like a web page, and a thumbnail is the same image shown
  /// small.
  public static let pageImageWidth = 816

  /// The options a plan prints with: its paper and print size, in the service's words.
  public func handoutOptions(for plan: Plan) -> HandoutOptions {
    var options = HandoutOptions(for: plan)
    options.wording = wording
    return options
  }

  /// The plan's handout as page images and its health-literacy check, drawn by a renderer
  /// of the pool from the PDF's own layout, when the queue lets it.
  public func queuedPreview(of plan: Plan, pixelWidth: Int = pageImageWidth) async throws(RenderQueue.Full)
    -> Result<HandoutPreview, HandoutError>
  {
    let catalogue = self.catalogue
    let options = handoutOptions(for: plan)
    let pool = self.pool
    return try await renderQueue.run { () -> Result<HandoutPreview, HandoutError> in
      do {
        return .success(
          try pool.withRenderer {
            try $0.preview(plan, catalogue: catalogue, options: options, pixelWidth: pixelWidth)
          })
      } catch let error as HandoutError {
        return .failure(error)
      } catch {
        return .failure(HandoutError("\(error)"))
      }
    }
  }

  /// ``handout(_:)`` (the PDF of the form's plan) when the queue lets it.
  public func queuedHandout(_ form: PatientForm) async throws(RenderQueue.Full) -> Result<Print, HandoutError> {
    try await renderQueue.run { () -> Result<Print, HandoutError> in
      do throws(HandoutError) {
        return .success(try self.handout(form))
      } catch {
        return .failure(error)
      }
    }
  }
}
