import Foundation

/// What a ``KeptResults`` holds: a value that says how many bytes it keeps in memory.
public protocol MemorySized: Sendable {
  /// The bytes this value holds in memory, for the budget of the results that keep it.
  var byteCount: Int { get }
}

/// The results of the last minutes (roster batches, plan previews), in memory only, each
/// under an unguessable id (32 random bytes as hex): kept for ``lifetime`` and within
/// ``byteBudget`` in all (the oldest dropped first), then gone. Nothing of them is ever
/// written to disk.
///
///     let results = RosterResults()
///     let id = results.keep(batch)
///     results.batch(id)  // the batch, until it expires
public final class KeptResults<Value: MemorySized>: @unchecked Sendable {
  /// How long a result is kept after it was made.
  public let lifetime: TimeInterval
  /// The most bytes all kept batches may hold; beyond it the oldest are dropped. The newest
  /// batch is always kept, however large (the roster limits bound it).
  public let byteBudget: Int
  /// The most results kept at once; beyond it the oldest are dropped.
  public let maxCount: Int
  /// Now, for the expiry (a test moves it on).
  let now: @Sendable () -> Date
  private let lock = NSLock()
  private var kept: [(id: String, made: Date, value: Value)] = []

  /// 30 minutes and 512 MB by default, with no limit on their number.
  public init(
    lifetime: TimeInterval = 30 * 60, byteBudget: Int = 512_000_000, maxCount: Int = .max,
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.lifetime = lifetime
    self.byteBudget = byteBudget
    self.maxCount = max(1, maxCount)
    self.now = now
  }

  /// The lifetime in words for the pages: `30 minutes`.
  public var lifetimeText: String {
    let minutes = Int((lifetime / 60).rounded())
    return minutes == 1 ? "1 minute" : "\(minutes) minutes"
  }

  /// Keeps `value` and returns its new id; drops what expired and what is over the budget.
  public func keep(_ value: Value) -> String {
    let id = Self.newID()
    lock.withLock {
      dropExpired()
      kept.append((id, now(), value))
      if kept.count > maxCount { kept.removeFirst(kept.count - maxCount) }
      var total = kept.reduce(0) { $0 + $1.value.byteCount }
      while total > byteBudget, kept.count > 1 {
        total -= kept.removeFirst().value.byteCount
      }
    }
    return id
  }

  /// The value kept under `id`, or nil once it has expired, was dropped or never was (or
  /// `id` is not one of ours).
  public func value(_ id: String) -> Value? {
    guard Self.isWellFormed(id) else { return nil }
    return lock.withLock {
      dropExpired()
      return kept.first { $0.id == id }?.value
    }
  }

  /// How many results are kept now.
  public var count: Int {
    lock.withLock {
      dropExpired()
      return kept.count
    }
  }

  /// 32 bytes from the system's random source, as 64 hex digits.
  static func newID() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
  }

  /// Whether `id` could be one of ours (64 lower-case hex digits): anything else is
  /// answered 404 without a look.
  static func isWellFormed(_ id: String) -> Bool {
    id.utf8.count == 64 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }

  private func dropExpired() {
    let limit = now().addingTimeInterval(-lifetime)
    kept.removeAll { $0.made <= limit }
  }
}

/// The roster batches of the last 30 minutes.
public typealias RosterResults = KeptResults<RosterBatch>

extension KeptResults where Value == RosterBatch {
  /// The batch kept under `id` (``value(_:)``).
  public func batch(_ id: String) -> RosterBatch? { value(id) }
}
