import Foundation
import Handout
import HomeStretch

/// The renders a request asks for, through ``PlanningService/renderQueue``: at most one per
/// renderer of the pool at a time, a short line behind them, and ``RenderQueue/Full`` at
/// once beyond it (the routes answer 503 with `Retry-After`). Every route that lays out or
/// draws a handout or its pages goes through here.
extension PlanningService {
  /// The options a plan prints with: its paper and print size, in the service's words.
  public func handoutOptions(for plan: Plan) -> HandoutOptions {
    var options = HandoutOptions(for: plan)
    options.wording = wording
    return options
  }

  /// The plan's handout laid out as the PDF is, with what each page holds and its
  /// health-literacy check (no page drawn yet), by a renderer of the pool when the queue
  /// lets it.
  public func queuedPreview(of plan: Plan) async throws(RenderQueue.Full) -> Result<HandoutPreview, HandoutError> {
    let catalogue = self.catalogue
    let options = handoutOptions(for: plan)
    return try await queued { $0.preview(plan, catalogue: catalogue, options: options) }
  }

  /// Pages `numbers` of a laid-out handout as PNG images `pixelWidth` wide, drawn one after
  /// the other by one renderer of the pool when the queue lets it.
  public func queuedPageImages(_ document: LaidOutDocument, pages numbers: [Int], pixelWidth: Int)
    async throws(RenderQueue.Full) -> Result<[HandoutPreview.PageImage], HandoutError>
  {
    try await queued { renderer in
      try numbers.map { try renderer.pageImage(document, page: $0, pixelWidth: pixelWidth) }
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

  /// `work` with a renderer of the pool, when the queue lets it; any error as a
  /// ``HandoutError``.
  func queued<T: Sendable>(_ work: @escaping @Sendable (HandoutRenderer) throws -> T)
    async throws(RenderQueue.Full) -> Result<T, HandoutError>
  {
    let pool = self.pool
    return try await renderQueue.run { () -> Result<T, HandoutError> in
      do {
        return .success(try pool.withRenderer(work))
      } catch let error as HandoutError {
        return .failure(error)
      } catch {
        return .failure(HandoutError("\(error)"))
      }
    }
  }
}
