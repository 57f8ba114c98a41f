import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The therapist accounts of a server, kept in `therapists.json` inside its `--data`
/// folder: readable by the computer's account that runs the server only (0600), written
/// whole to a temporary file and renamed into place, so a crash never leaves half a file.
///
///     var accounts = try TherapistAccounts.load(folder: "/srv/homestretch")
///     try accounts.add(name: "dana", passwordHash: PasswordHasher.hash(password))
///     try accounts.save(folder: "/srv/homestretch")
public struct TherapistAccounts: Codable, Equatable, Sendable {
  /// The file's name inside the data folder.
  public static let fileName = "therapists.json"

  /// The layout of the file, raised when it changes.
  public var formatVersion = 1
  /// The accounts, in the order they were made.
  public var therapists: [TherapistAccount] = []

  enum CodingKeys: String, CodingKey {
    case formatVersion = "format_version"
    case therapists
  }

  public init(therapists: [TherapistAccount] = []) {
    self.therapists = therapists
  }

  /// `folder/therapists.json`.
  public static func path(in folder: String) -> String {
    (folder as NSString).appendingPathComponent(fileName)
  }

  /// The account called `name`, in any case.
  public func account(named name: String) -> TherapistAccount? {
    let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
    return therapists.first { $0.name.lowercased() == wanted }
  }

  /// `name` checked as the name of a new account (trimmed): a user name, not taken in any
  /// case.
  public func newName(_ name: String) throws(AccountError) -> String {
    let name = try TherapistAccount.checkName(name)
    guard account(named: name) == nil else {
      throw AccountError(
        "there is already an account called '\(name)'; choose another name, or set its password with: homestretch therapist password \(name)"
      )
    }
    return name
  }

  /// The account called `name`, or an error listing the accounts there are.
  public func existing(_ name: String) throws(AccountError) -> TherapistAccount {
    guard let account = account(named: name) else { throw noAccount(name) }
    return account
  }

  /// Adds an account; a name already taken (in any case) is refused.
  public mutating func add(name: String, passwordHash: String, created: Date = Date()) throws(AccountError) {
    let name = try newName(name)
    therapists.append(TherapistAccount(name: name, passwordHash: passwordHash, created: Self.timestamp(created)))
  }

  /// Gives an existing account a new password hash (its sessions end: they were made with
  /// the old one).
  public mutating func setPassword(name: String, passwordHash: String, changed: Date = Date()) throws(AccountError) {
    guard let index = therapists.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
      throw noAccount(name)
    }
    therapists[index].passwordHash = passwordHash
    therapists[index].created = Self.timestamp(changed)
  }

  /// Removes the account called `name`, in any case.
  public mutating func remove(name: String) throws(AccountError) {
    guard let index = therapists.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
      throw noAccount(name)
    }
    therapists.remove(at: index)
  }

  private func noAccount(_ name: String) -> AccountError {
    let known = therapists.map(\.name).joined(separator: ", ")
    return AccountError(
      "there is no account called '\(name)'"
        + (known.isEmpty ? "; there are no accounts yet" : "; the accounts are: \(known)"))
  }

  static func timestamp(_ date: Date) -> String {
    ISO8601DateFormatter().string(from: date)
  }

  /// The most bytes the file may have (it holds a few hundred bytes per account).
  public static let maximumFileBytes = 1_000_000

  /// The accounts of `folder`; none when the file does not exist yet. A file that is not
  /// the server's accounts file is an error naming it, never an empty list.
  public static func load(folder: String) throws(AccountError) -> TherapistAccounts {
    let path = path(in: folder)
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return TherapistAccounts() }
      throw AccountError("\(path): could not be read (\(String(cString: strerror(errno))))")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw AccountError(
        "\(path): not a regular file; it must be the accounts file written by homestretch therapist add")
    }
    guard Int(info.st_size) <= maximumFileBytes else {
      throw AccountError("\(path): larger than \(maximumFileBytes.formatted()) bytes; it is not an accounts file")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw AccountError("\(path): could not be read (\(error.localizedDescription))")
    }
    let accounts: TherapistAccounts
    do {
      accounts = try JSONDecoder().decode(TherapistAccounts.self, from: data)
    } catch {
      throw AccountError(
        "\(path): not a valid accounts file (\(Self.describe(error))); restore it from a backup or remove it and add the accounts again"
      )
    }
    guard accounts.formatVersion == 1 else {
      throw AccountError(
        "\(path): format_version \(accounts.formatVersion) is from a newer HomeStretch; this one reads format_version 1"
      )
    }
    return accounts
  }

  private static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): return "'\(key.stringValue)' is missing"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.dataCorrupted(let context):
      let field = context.codingPath.map(\.stringValue).joined(separator: ".")
      return field.isEmpty ? "not JSON" : "\(field): \(context.debugDescription)"
    default: return "\(error)"
    }
  }

  /// Writes the accounts to `folder/therapists.json`: a temporary file made with mode
  /// 0600, written, flushed to disk, then renamed over the old file.
  public func save(folder: String) throws(AccountError) {
    let path = Self.path(in: folder)
    let temporary = (folder as NSString).appendingPathComponent(".\(Self.fileName).\(getpid()).tmp")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data: Data
    do {
      data = try encoder.encode(self) + Data("\n".utf8)
    } catch {
      throw AccountError("\(path): could not be written (\(error))")
    }
    unlink(temporary)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw AccountError("\(path): could not be written (\(String(cString: strerror(errno))))")
    }
    let failure: String? = data.withUnsafeBytes { buffer -> String? in
      // The umask may have taken bits away, never added any; 0600 whatever it is.
      guard fchmod(descriptor, 0o600) == 0 else { return String(cString: strerror(errno)) }
      guard let base = buffer.baseAddress else { return nil }
      var written = 0
      while written < buffer.count {
        let count = write(descriptor, base + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return String(cString: strerror(errno))
        }
        written += count
      }
      return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
    }
    let closed = close(descriptor) == 0
    if let failure {
      unlink(temporary)
      throw AccountError("\(path): could not be written (\(failure)); the accounts are as they were")
    }
    guard closed, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw AccountError("\(path): could not be written (\(reason)); the accounts are as they were")
    }
  }

  /// A warning when the file can be read by others than its owner (copied in with the
  /// wrong mode): the hashes are slow to attack, but they are not for everyone.
  public static func permissionWarning(folder: String) -> String? {
    let path = path(in: folder)
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return nil }
    return "\(path) can be read by other users of this computer (mode \(String(info.st_mode & 0o777, radix: 8))); "
      + "make it private with: chmod 600 \(path)"
  }
}
