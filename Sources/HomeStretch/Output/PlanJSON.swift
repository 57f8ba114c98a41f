import Foundation

/// The plan as JSON, with snake_case keys and sorted keys so equal plans give equal bytes.
public enum PlanJSON {
  public static func encode(_ plan: Plan) throws -> Data {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(plan)
  }

  public static func decode(_ data: Data) throws -> Plan {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Plan.self, from: data)
  }
}
