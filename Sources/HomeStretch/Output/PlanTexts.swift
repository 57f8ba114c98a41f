/// A plan's words in one language, made from its facts: what `plan --json` prints beside
/// them under `texts`.
public struct PlanTexts: Hashable, Sendable, Encodable {
  public struct Referral: Hashable, Sendable, Encodable {
    public var flag: RedFlag
    public var reason: String
    public var action: String
  }

  public struct Item: Hashable, Sendable, Encodable {
    public var id: String
    public var name: String
    public var dose: String
    public var frequency: String?
    public var notes: [String]
    public var steps: [String]
  }

  public struct Week: Hashable, Sendable, Encodable {
    public var week: Int
    public var changes: [String]
  }

  public var language: String
  public var condition: String
  public var referral: [Referral]
  public var items: [Item]
  public var weeks: [Week]
  public var advice: [String]

  public init(_ plan: Plan, catalogue: Catalogue, wording: Wording) {
    let name = { (id: String) in wording.name(of: id, in: catalogue) }
    language = wording.language
    condition = wording.condition(plan.patient.condition)
    referral = plan.referralReasons.map {
      Referral(flag: $0.flag, reason: wording.referralReason($0), action: wording.referralAction($0))
    }
    items = plan.items.map { planned in
      let item = catalogue[planned.id]
      return Item(
        id: planned.id, name: name(planned.id), dose: wording.dose(planned.dose, sided: planned.side),
        frequency: item.flatMap { wording.doseNote(planned.dose, of: $0) },
        notes: item.map { item in planned.notes.map { wording.note($0, of: item) } } ?? [],
        steps: item.map { wording.steps(of: $0, for: planned) } ?? [])
    }
    weeks = plan.schedule.map { week in
      Week(week: week.week, changes: week.changes.map { wording.change($0, name: name) })
    }
    advice = plan.advice.map(wording.advice)
  }
}
