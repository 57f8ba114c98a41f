import Foundation
import Handout

/// A plan preview's handout, kept in memory (in ``PreviewResults``) so that its page
/// images can be drawn when the browser asks for them, after the preview page was sent:
/// the layout, and the images drawn so far. The thumbnails of all pages are drawn
/// together, once, by the first request for one of them; a larger page on its own.
public final class KeptPreview: MemorySized, @unchecked Sendable {
  /// What drawing page images gave.
  public enum Drawn: Sendable {
    case images([HandoutPreview.PageImage])
    case busy(RenderQueue.Full)
    case failed(HandoutError)
  }

  public let preview: HandoutPreview
  private let lock = NSLock()
  private var thumbnails: Task<Drawn, Never>?
  private var larger: [Int: HandoutPreview.PageImage] = [:]
  private var imageBytes = 0
  /// The layout's bytes, estimated once.
  private let layoutBytes: Int

  public init(_ preview: HandoutPreview) {
    self.preview = preview
    layoutBytes = Self.estimatedBytes(of: preview.document)
  }

  /// The layout and the images drawn so far, for the budget of the kept previews.
  public var byteCount: Int { lock.withLock { layoutBytes + imageBytes } }

  /// The thumbnail of every page, drawn by `draw` the first time (every request that comes
  /// while it draws waits for the same drawing); a refusal or failure is not kept, so the
  /// next request draws again.
  public func thumbnails(_ draw: @escaping @Sendable () async -> Drawn) async -> Drawn {
    let task = lock.withLock {
      if let thumbnails { return thumbnails }
      let task = Task { await draw() }
      thumbnails = task
      return task
    }
    let drawn = await task.value
    lock.withLock {
      if case .images(let images) = drawn {
        if thumbnails == task, !counted { imageBytes += images.reduce(0) { $0 + $1.png.count } }
        counted = true
      } else if thumbnails == task {
        thumbnails = nil
      }
    }
    return drawn
  }
  private var counted = false

  /// Page `number` larger, drawn by `draw` the first time it is asked for.
  public func largerPage(_ number: Int, _ draw: @Sendable () async -> Drawn) async -> Drawn {
    if let kept = lock.withLock({ larger[number] }) { return .images([kept]) }
    let drawn = await draw()
    if case .images(let images) = drawn, let image = images.first {
      lock.withLock {
        if larger[number] == nil { imageBytes += image.png.count }
        larger[number] = image
      }
    }
    return drawn
  }

  /// A laid-out document's size in memory, roughly: each element's fixed part, its text
  /// and a figure's drawing.
  static func estimatedBytes(of document: LaidOutDocument) -> Int {
    document.pages.reduce(1_024) { total, page in
      page.elements.reduce(total + 256) { total, element in
        switch element {
        case .text(let block): return total + 192 + block.text.utf8.count + (block.lead?.utf8.count ?? 0)
        case .figure: return total + 16_384
        default: return total + 96
        }
      }
    }
  }
}

/// The previews of the last 30 minutes, for their page images.
public typealias PreviewResults = KeptResults<KeptPreview>
