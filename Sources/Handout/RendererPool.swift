import Foundation

/// Warmed renderers for many callers at once (a web server's requests, a batch's workers).
/// A ``HandoutRenderer`` and its fonts may be used by one thread at a time; the pool lends
/// each to one caller at a time and makes at most `capacity` of them, so memory stays
/// bounded however many callers come; a caller waits while all are lent.
///
///     let pool = RendererPool(fontsDirectory: "Fonts", capacity: 4)
///     try pool.prepare()  // fonts loaded, fontconfig set up, once
///     let pdf = try pool.withRenderer { try $0.render(plan, catalogue: catalogue, options: options) }
public final class RendererPool: @unchecked Sendable {
  public let fontsDirectory: String
  /// The most renderers that will ever exist at once.
  public let capacity: Int
  private let lock = NSLock()
  private var idle: [HandoutRenderer] = []
  private var madeCount = 0
  private let slots: DispatchSemaphore

  public init(fontsDirectory: String, capacity: Int) {
    self.fontsDirectory = fontsDirectory
    self.capacity = max(1, capacity)
    slots = DispatchSemaphore(value: self.capacity)
  }

  /// How many renderers the pool has made so far.
  public var made: Int { lock.withLock { madeCount } }

  /// The explicit set-up step: loads the fonts and sets fontconfig up for the process once,
  /// before any caller renders, so a missing font is reported here and the first renderer
  /// is warm.
  public func prepare() throws(HandoutError) {
    _ = try lease()
  }

  /// A renderer lent to one caller until the lease is released (or dropped).
  public final class Lease {
    public let renderer: HandoutRenderer
    private let pool: RendererPool

    init(_ renderer: HandoutRenderer, pool: RendererPool) {
      self.renderer = renderer
      self.pool = pool
    }

    deinit { pool.giveBack(renderer) }
  }

  /// Lends a renderer, waiting while all `capacity` are lent.
  public func lease() throws(HandoutError) -> Lease {
    slots.wait()
    if let renderer = lock.withLock({ idle.popLast() }) { return Lease(renderer, pool: self) }
    do {
      let renderer = HandoutRenderer(fonts: try FontLibrary(directory: fontsDirectory))
      lock.withLock { madeCount += 1 }
      return Lease(renderer, pool: self)
    } catch {
      slots.signal()
      throw error
    }
  }

  /// Runs `body` with a renderer of the pool.
  public func withRenderer<T>(_ body: (HandoutRenderer) throws -> T) throws -> T {
    let lease = try lease()
    return try withExtendedLifetime(lease) { try body(lease.renderer) }
  }

  fileprivate func giveBack(_ renderer: HandoutRenderer) {
    lock.withLock { idle.append(renderer) }
    slots.signal()
  }
}
