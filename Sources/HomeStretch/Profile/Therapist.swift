/// Who wrote the program, printed on the handout so the patient knows whom to call.
public struct Therapist: Hashable, Sendable, Codable {
  public var name: String?
  public var clinic: String?
  public var phone: String?

  public init(name: String? = nil, clinic: String? = nil, phone: String? = nil) {
    self.name = name
    self.clinic = clinic
    self.phone = phone
  }
}
