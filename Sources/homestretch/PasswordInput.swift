import Foundation
import HomeStretchWeb

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A new password for `homestretch therapist`: typed twice at a terminal without being
/// shown, or one line of standard input with `--password-stdin` (for scripts).
enum PasswordInput {
  /// The most bytes read from standard input.
  static let maximumBytes = 4096

  static func password(fromStandardInput: Bool, name: String) throws -> String {
    if fromStandardInput {
      let data = FileHandle.standardInput.readData(ofLength: maximumBytes)
      let text = String(decoding: data, as: UTF8.self)
      let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let password = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
      guard !password.isEmpty else {
        throw Console.fail("--password-stdin: standard input held no password; give it one line, the password")
      }
      return password
    }
    guard isatty(STDIN_FILENO) == 1 else {
      throw Console.fail(
        "standard input is not a terminal, so the password cannot be typed unseen; give --password-stdin to read it from standard input (one line)"
      )
    }
    let first = try typed("Password for \(name) (\(PasswordHasher.minimumLength) characters or more): ")
    try check(first)
    let second = try typed("The same password again: ")
    guard first == second else {
      throw Console.fail("the two passwords differ; nothing was changed")
    }
    return first
  }

  /// Checks the password's rules before asking for it again.
  static func check(_ password: String) throws {
    do {
      try PasswordHasher.check(password)
    } catch {
      throw Console.fail(error.message)
    }
  }

  /// One line typed at the terminal with echo off. Ctrl-C (or Ctrl-D on an empty line)
  /// cancels; the terminal's settings are put back in every case.
  static func typed(_ prompt: String) throws -> String {
    Console.writeError(prompt)
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else {
      throw Console.fail("the terminal's settings could not be read; give --password-stdin instead")
    }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
    defer {
      tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
      Console.writeError("\n")
    }
    var bytes: [UInt8] = []
    while true {
      var byte: UInt8 = 0
      let count = read(STDIN_FILENO, &byte, 1)
      if count < 0, errno == EINTR { continue }
      guard count == 1 else { break }
      switch byte {
      case 0x0A, 0x0D:
        return String(decoding: bytes, as: UTF8.self)
      case 0x03:
        throw Console.fail("cancelled; nothing was changed")
      case 0x04 where bytes.isEmpty:
        throw Console.fail("cancelled; nothing was changed")
      case 0x7F, 0x08:
        // Remove one character: its last byte and any UTF-8 continuation bytes before it.
        while let last = bytes.popLast(), last & 0xC0 == 0x80 {}
      default:
        if bytes.count < maximumBytes { bytes.append(byte) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
