/// One exercise, habit or ice/heat routine of the catalogue, as a therapist wrote it in
/// `Exercises/<folder>/<id>.yaml`.
public struct CatalogueItem: Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var kind: ItemKind
  public var position: Position
  public var floor: Bool
  public var bias: Bias
  public var sided: Bool
  /// 1 gentlest (fine in a flare), 2 moderate, 3 demanding.
  public var level: Int
  public var equipment: [Equipment]
  public var targets: [BodyTarget]
  public var dose: Dose
  public var tags: [ItemTag]
  public var summary: String
  public var steps: [String]
  /// The steps as written for a precaution, first match wins (``steps(variant:)``).
  public var stepVariants: [StepVariant]
  public var feel: String
  public var stopIf: [String]
  public var contraindications: [ConditionalText]
  public var cautions: [ConditionalText]
  public var alternatives: [String]
  public var easier: String?
  public var harder: String?
  /// True when the item fits into the day and costs no extra minutes of the budget.
  public var noExtraTime: Bool
  public var thermal: ThermalDetails?
  /// The illustration; `catalogue check` requires one for every item.
  public var figure: FigureSpec?
  /// Where the item was read from, for messages (relative path).
  public var source: String

  public init(
    id: String, name: String, kind: ItemKind, position: Position, floor: Bool, bias: Bias,
    sided: Bool, level: Int, equipment: [Equipment], targets: [BodyTarget], dose: Dose, tags: [ItemTag],
    summary: String, steps: [String], feel: String, stopIf: [String],
    contraindications: [ConditionalText] = [], cautions: [ConditionalText] = [],
    stepVariants: [StepVariant] = [], alternatives: [String] = [], easier: String? = nil, harder: String? = nil,
    noExtraTime: Bool = false, thermal: ThermalDetails? = nil, figure: FigureSpec? = nil,
    source: String = ""
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.position = position
    self.floor = floor
    self.bias = bias
    self.sided = sided
    self.level = level
    self.equipment = equipment
    self.targets = targets
    self.dose = dose
    self.tags = tags
    self.summary = summary
    self.steps = steps
    self.stepVariants = stepVariants
    self.feel = feel
    self.stopIf = stopIf
    self.contraindications = contraindications
    self.cautions = cautions
    self.alternatives = alternatives
    self.easier = easier
    self.harder = harder
    self.noExtraTime = noExtraTime
    self.thermal = thermal
    self.figure = figure
    self.source = source
  }

  public func has(_ tag: ItemTag) -> Bool { tags.contains(tag) }

  /// The steps to print: those of the variant for `variant`, or the usual ones.
  public func steps(variant: ConditionCode?) -> [String] {
    guard let variant else { return steps }
    return stepVariants.first { $0.condition == variant }?.steps ?? steps
  }

  /// Whether the item costs minutes of the patient's daily budget (rule S11).
  public var costsTime: Bool { !(noExtraTime || kind == .habit) }
}
