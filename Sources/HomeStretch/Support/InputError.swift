/// One problem found in a file a person wrote: a profile, a catalogue item, a roster.
///
/// The message names the place (file, line) and the field, says what is wrong and what is
/// allowed, so the therapist can fix it without reading code:
///
///     maria.yaml:4: pain: 14 is out of range; allowed: a whole number from 0 to 10
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// 1-based line, when known.
  public var line: Int?
  /// The field path, for example `dose.hold_seconds` or `therapist.name`.
  public var field: String?
  /// What is wrong and what is allowed.
  public var message: String
  /// The input is over one of ``InputLimits``' sizes or counts (a web server answers 413,
  /// not 422): splitting it, not fixing a field, is the cure.
  public var isOverLimit = false

  public init(file: String, line: Int?, field: String?, message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    if let field { return "\(place): \(field): \(message)" }
    return "\(place): \(message)"
  }
}

/// Every problem found in one pass over the input, reported together so a person can fix
/// them all at once.
public struct InputErrors: Error, Equatable, Sendable, CustomStringConvertible {
  public var errors: [InputError]

  public init(_ errors: [InputError]) {
    self.errors = errors
  }

  public var description: String {
    errors.map(\.description).joined(separator: "\n")
  }
}
