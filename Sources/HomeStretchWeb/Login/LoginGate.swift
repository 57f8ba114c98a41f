import Foundation

/// The therapist login of a server on the network: the accounts of its `--data` folder
/// (read again whenever the file changes, so `homestretch therapist add` or `remove` takes
/// effect without a restart), the sessions, and the throttle on failed sign-ins. It logs
/// no name and no password: only that sign-ins for one account were paused.
public final class LoginGate: @unchecked Sendable {
  /// The session cookie's name.
  public static let cookieName = "homestretch_session"
  /// The most password checks running at once; beyond it a sign-in is asked to wait
  /// (bcrypt is slow on purpose, and must not be a way to use up the server).
  public static let maximumChecks = 4

  /// The data folder holding ``TherapistAccounts/fileName``.
  public let folder: String
  public let sessions: SessionStore
  public let throttle: LoginThrottle
  private let log: @Sendable (String) -> Void

  private let lock = NSLock()
  private var cached: (stamp: FileStamp, accounts: TherapistAccounts)?
  private var checksRunning = 0

  /// `now` is the clock of the sessions and the throttle (tests give their own); `log`
  /// receives the server's few lines about sign-ins, without names.
  public init(
    folder: String, now: @escaping @Sendable () -> Date = { Date() },
    log: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.folder = folder
    self.sessions = SessionStore(now: now)
    self.throttle = LoginThrottle(now: now)
    self.log = log
  }

  /// The accounts as the file holds them now; the file is read again only when it changed.
  public func accounts() throws(AccountError) -> TherapistAccounts {
    let stamp = FileStamp(path: TherapistAccounts.path(in: folder))
    if let cached = lock.withLock({ cached }), cached.stamp == stamp { return cached.accounts }
    let accounts = try TherapistAccounts.load(folder: folder)
    lock.withLock { cached = (stamp, accounts) }
    return accounts
  }

  /// The outcome of a sign-in.
  public enum SignIn: Equatable, Sendable {
    /// Signed in: the session token for the cookie, and the account's name as stored.
    case signedIn(token: String, name: String)
    /// The name and password do not match an account (which of the two is not said).
    case wrong
    /// Too many failures for this name: refused for this many seconds, password unchecked.
    case paused(retryAfter: Int)
    /// Too many sign-ins being checked at once: try again in a moment.
    case busy
    /// The accounts file cannot be read: the message for the administrator.
    case unavailable(String)
  }

  /// Checks a name and password (on a thread of its own) and starts a session when they
  /// match. An unknown name is checked against a decoy hash, so it takes as long as a
  /// wrong password.
  public func signIn(name: String, password: String) async -> SignIn {
    if let seconds = throttle.retryAfter(name) { return .paused(retryAfter: seconds) }
    let accounts: TherapistAccounts
    do {
      accounts = try self.accounts()
    } catch {
      log("sign-in refused: \(error.message)")
      return .unavailable(error.message)
    }
    let started = lock.withLock {
      guard checksRunning < Self.maximumChecks else { return false }
      checksRunning += 1
      return true
    }
    guard started else { return .busy }
    let account = accounts.account(named: name)
    let matches = await PasswordHasher.verifyInBackground(
      password, hash: account?.passwordHash ?? PasswordHasher.decoy)
    lock.withLock { checksRunning -= 1 }
    guard let account, matches else {
      if let seconds = throttle.recordFailure(name) {
        log("sign-in paused for \(seconds) s after \(LoginThrottle.maximumFailures) failed attempts for one user name")
      }
      return .wrong
    }
    throttle.recordSuccess(name)
    return .signedIn(token: sessions.start(name: account.name, passwordHash: account.passwordHash), name: account.name)
  }

  /// The signed-in account of a request's token: its session must be live and its account
  /// still there with the same password (a removed account or a new password ends it).
  public func session(_ token: String?) -> SessionStore.Lookup {
    let lookup = sessions.lookUp(token)
    guard case .valid(let session) = lookup, let token else { return lookup }
    guard let account = try? accounts().account(named: session.name), account.passwordHash == session.passwordHash
    else {
      sessions.end(token)
      return .ended
    }
    return lookup
  }
}

/// What tells a file changed without reading it: its inode, size and modification time.
struct FileStamp: Equatable {
  var inode: UInt64 = 0
  var size: Int64 = -1
  var seconds = 0
  var nanoseconds = 0

  init(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      seconds = Int(info.st_mtimespec.tv_sec)
      nanoseconds = Int(info.st_mtimespec.tv_nsec)
    #else
      seconds = Int(info.st_mtim.tv_sec)
      nanoseconds = Int(info.st_mtim.tv_nsec)
    #endif
  }
}
