import Foundation

/// One therapist who may sign in when the web app is on the network: a user name and the
/// bcrypt hash of the password (never the password itself).
public struct TherapistAccount: Codable, Hashable, Sendable {
  /// The user name typed at the sign-in page, compared without regard to case.
  public var name: String
  /// `$2b$12$...`: the bcrypt hash, with its cost and salt.
  public var passwordHash: String
  /// When the account was made or its password last set (ISO 8601, UTC).
  public var created: String

  public init(name: String, passwordHash: String, created: String) {
    self.name = name
    self.passwordHash = passwordHash
    self.created = created
  }

  enum CodingKeys: String, CodingKey {
    case name
    case passwordHash = "password_hash"
    case created
  }

  /// The characters a user name may hold: ASCII letters, digits, `.`, `_`, `-` and `@`.
  static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")

  /// The longest user name.
  public static let maximumNameLength = 64

  /// `name` trimmed, or why it cannot be a user name.
  ///
  ///     try TherapistAccount.checkName(" dana ")  // "dana"
  public static func checkName(_ name: String) throws(AccountError) -> String {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else {
      throw AccountError("the user name is empty; give one, such as dana or d.whitfield")
    }
    guard trimmed.count <= maximumNameLength else {
      throw AccountError("the user name is longer than \(maximumNameLength) characters")
    }
    guard trimmed.allSatisfy(nameCharacters.contains) else {
      throw AccountError(
        "'\(trimmed)' is not a user name: use letters a-z, digits and . _ - @ only (no spaces), such as dana or d.whitfield"
      )
    }
    return trimmed
  }
}
