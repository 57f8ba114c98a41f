/// Why a handout could not be made, in words for the person at the terminal.
public struct HandoutError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
