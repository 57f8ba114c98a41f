import Foundation

/// The signed-in therapists, kept in memory only (a restart signs everyone out): each
/// session is a random 32-byte token in a cookie, and ends after 30 minutes without a
/// request or 12 hours after sign-in, whichever comes first.
public final class SessionStore: @unchecked Sendable {
  /// A session ends after this long without a request.
  public static let idleLimit: TimeInterval = 30 * 60
  /// A session ends this long after sign-in, however busy.
  public static let absoluteLimit: TimeInterval = 12 * 3600
  /// The most sessions kept at once; the oldest goes first beyond it.
  public static let maximumSessions = 10_000

  /// One signed-in browser.
  public struct Session: Hashable, Sendable {
    /// The account's user name.
    public var name: String
    /// The account's password hash at sign-in: a new password ends the session.
    public var passwordHash: String
    public var started: Date
    public var lastSeen: Date
  }

  /// What a request's cookie stands for.
  public enum Lookup: Equatable, Sendable {
    /// A session, still valid (and now touched).
    case valid(Session)
    /// A token that was a session once, or that this run never made (after a restart):
    /// the page says the sign-in has ended.
    case ended
    /// No token at all.
    case none
  }

  private let lock = NSLock()
  private var sessions: [String: Session] = [:]
  private let now: @Sendable () -> Date

  /// `now` is the clock (tests give their own).
  public init(now: @escaping @Sendable () -> Date = { Date() }) {
    self.now = now
  }

  /// A new session for `name`: its token, 32 bytes from the system's random source as hex.
  public func start(name: String, passwordHash: String) -> String {
    var generator = SystemRandomNumberGenerator()
    let token = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    let time = now()
    lock.withLock {
      sessions = sessions.filter { isLive($0.value, at: time) }
      if sessions.count >= Self.maximumSessions, let oldest = sessions.min(by: { $0.value.started < $1.value.started })
      {
        sessions[oldest.key] = nil
      }
      sessions[token] = Session(name: name, passwordHash: passwordHash, started: time, lastSeen: time)
    }
    return token
  }

  /// The session of `token`, touched so its idle time starts again; an expired one is
  /// dropped.
  public func lookUp(_ token: String?) -> Lookup {
    guard let token, !token.isEmpty else { return .none }
    let time = now()
    return lock.withLock {
      guard var session = sessions[token] else { return .ended }
      guard isLive(session, at: time) else {
        sessions[token] = nil
        return .ended
      }
      session.lastSeen = time
      sessions[token] = session
      return .valid(session)
    }
  }

  /// Ends the session of `token` (Sign out, or an account removed).
  public func end(_ token: String) {
    lock.withLock { sessions[token] = nil }
  }

  /// How many sessions are live now.
  public var count: Int {
    let time = now()
    return lock.withLock { sessions.values.filter { isLive($0, at: time) }.count }
  }

  private func isLive(_ session: Session, at time: Date) -> Bool {
    time.timeIntervalSince(session.lastSeen) < Self.idleLimit
      && time.timeIntervalSince(session.started) < Self.absoluteLimit
  }
}
