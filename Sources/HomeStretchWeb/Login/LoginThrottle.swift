import Foundation

/// Failed sign-ins counted per user name: after ``maximumFailures`` within
/// ``failureWindow``, that name is refused for ``pause`` (HTTP 429 with `Retry-After`),
/// right password or not, so a password cannot be guessed at the speed of the network.
public final class LoginThrottle: @unchecked Sendable {
  /// Failures allowed before the pause.
  public static let maximumFailures = 5
  /// Failures older than this are forgotten.
  public static let failureWindow: TimeInterval = 15 * 60
  /// How long a name is refused after too many failures.
  public static let pause: TimeInterval = 60
  /// The most names remembered; beyond it the stalest are forgotten (memory stays small
  /// whatever names are tried).
  public static let maximumNames = 10_000

  private struct Record {
    var failures: [Date] = []
    var pausedUntil: Date?
  }

  private let lock = NSLock()
  private var records: [String: Record] = [:]
  private let now: @Sendable () -> Date

  public init(now: @escaping @Sendable () -> Date = { Date() }) {
    self.now = now
  }

  /// The whole seconds left of the name's pause, or nil when it may try.
  public func retryAfter(_ name: String) -> Int? {
    let time = now()
    return lock.withLock {
      guard let until = records[key(name)]?.pausedUntil, until > time else { return nil }
      return Int(until.timeIntervalSince(time).rounded(.up))
    }
  }

  /// Counts a failure; the seconds of the pause it starts, if it is the last one allowed.
  @discardableResult
  public func recordFailure(_ name: String) -> Int? {
    let time = now()
    return lock.withLock {
      if records.count >= Self.maximumNames { forgetStale(at: time) }
      var record = records[key(name)] ?? Record()
      record.failures = record.failures.filter { time.timeIntervalSince($0) < Self.failureWindow } + [time]
      var paused: Int?
      if record.failures.count >= Self.maximumFailures {
        record.failures = []
        record.pausedUntil = time.addingTimeInterval(Self.pause)
        paused = Int(Self.pause)
      }
      records[key(name)] = record
      return paused
    }
  }

  /// A sign-in that worked clears the name's failures.
  public func recordSuccess(_ name: String) {
    lock.withLock { records[key(name)] = nil }
  }

  private func key(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespaces).lowercased()
  }

  private func forgetStale(at time: Date) {
    records = records.filter { _, record in
      (record.pausedUntil.map { $0 > time } ?? false)
        || record.failures.contains { time.timeIntervalSince($0) < Self.failureWindow }
    }
    while records.count >= Self.maximumNames, let any = records.keys.first { records[any] = nil }
  }
}
