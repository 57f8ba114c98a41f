/// A closed vocabulary written in YAML as snake_case words, such as conditions or tags.
///
/// Conforming enums get their allowed-values list for error messages for free.
public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable, Codable
where RawValue == String {}

extension Vocabulary {
  /// Every allowed spelling, in declaration order, for error messages.
  public static var allowedValues: [String] { allCases.map(\.rawValue) }
}
