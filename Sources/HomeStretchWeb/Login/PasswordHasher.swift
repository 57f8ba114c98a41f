import Dispatch
import HummingbirdBcrypt

/// Therapist passwords, hashed with bcrypt (hummingbird-auth's): slow on purpose, with a
/// salt of its own per hash, so the accounts file is of little use to someone who copies it.
public enum PasswordHasher {
  /// bcrypt's cost, log2 of its rounds: about a quarter of a second per hash or check on
  /// a clinic's computer.
  public static let defaultCost: UInt8 = 12

  /// The shortest password accepted.
  public static let minimumLength = 10

  /// bcrypt reads at most 72 bytes of a password; a longer one is refused rather than cut.
  public static let maximumBytes = 72

  /// Why `password` cannot be a therapist's password, if it cannot.
  public static func check(_ password: String) throws(AccountError) {
    guard password.count >= minimumLength else {
      throw AccountError("the password is too short: use \(minimumLength) characters or more (a short phrase is good)")
    }
    guard password.utf8.count <= maximumBytes else {
      throw AccountError("the password is longer than \(maximumBytes) bytes, the most bcrypt reads; use a shorter one")
    }
    guard !password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
      throw AccountError(
        "the password holds a control character (a tab or an escape); type letters, digits and symbols")
    }
  }

  /// The bcrypt hash of a checked password (`$2b$12$` and 53 characters).
  public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
    Bcrypt.hash(password, cost: min(max(cost, 4), 31))
  }

  /// Whether `password` is the one `hash` was made from.
  public static func verify(_ password: String, hash: String) -> Bool {
    Bcrypt.verify(password, hash: hash)
  }

  /// ``verify(_:hash:)`` on a thread of its own, so a sign-in never stalls the threads that
  /// answer the other requests.
  public static func verifyInBackground(_ password: String, hash: String) async -> Bool {
    await withCheckedContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async {
        continuation.resume(returning: verify(password, hash: hash))
      }
    }
  }

  /// A hash no password is known for, checked when the name is not an account's, so that a
  /// wrong name takes as long to refuse as a wrong password and names cannot be probed.
  static let decoy: String = {
    var generator = SystemRandomNumberGenerator()
    let secret = (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }.joined()
    return hash(secret)
  }()
}
