import Foundation

/// The plan as JSON, with snake_case keys and sorted keys so equal plans give equal bytes.
/// The plan's facts are the document; `texts` beside them holds the same plan in the words
/// of one language, for clinic software that wants either.
public enum PlanJSON {
  /// The neutral plan only.
  public static func encode(_ plan: Plan) throws -> Data {
    try encoder().encode(plan)
  }

  /// The neutral plan with its texts in `wording`'s language beside the facts.
  public static func encode(_ plan: Plan, catalogue: Catalogue, wording: Wording) throws -> Data {
    try encoder().encode(Document(plan: plan, texts: PlanTexts(plan, catalogue: catalogue, wording: wording)))
  }

  /// Reads a plan back; `texts` is ignored, the facts are the plan.
  public static func decode(_ data: Data) throws -> Plan {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Plan.self, from: data)
  }

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// The plan's own fields and `texts`, at one level.
  struct Document: Encodable {
    let plan: Plan
    let texts: PlanTexts

    enum Key: String, CodingKey { case texts }

    func encode(to encoder: Encoder) throws {
      try plan.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(texts, forKey: .texts)
    }
  }
}
