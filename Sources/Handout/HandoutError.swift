/// Why a handout could not be made or written, in words any caller can show (no command
/// line options in them), with a ``Kind`` that says whose fault it is: a web server answers
/// a bad ``Kind/destination`` as a bad request and the other kinds as its own failure.
///
///     do { try AtomicFile.write(pdf, to: path) } catch where error.isCallersFault { ... }
public struct HandoutError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Whose problem it is.
  public enum Kind: String, Equatable, Sendable {
    /// The place the caller asked to write cannot be used: a folder, FIFO, device or link,
    /// an input of the same run, a name with the wrong extension.
    case destination
    /// Writing failed on the way: a full disk, a file-size limit, permissions, a stop.
    case write
    /// The fonts could not be loaded: the program's own set-up.
    case fonts
    /// cairo, Pango or fontconfig failed: the program's own fault.
    case drawing
  }

  public var kind: Kind
  public var message: String

  public init(_ message: String, kind: Kind = .drawing) {
    self.message = message
    self.kind = kind
  }

  /// True when the caller asked for something that cannot be done; false when the machine
  /// or the program failed.
  public var isCallersFault: Bool { kind == .destination }

  public var description: String { message }
}
