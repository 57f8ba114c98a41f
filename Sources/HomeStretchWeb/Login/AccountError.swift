/// A problem with a therapist account or the accounts file, with a message written for the
/// person at the terminal (or the clinic's administrator): what is wrong and what to do.
public struct AccountError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
