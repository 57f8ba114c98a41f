import Testing

@testable import HomeStretch

/// The English wording's plurals, dates and lists, and the plan's facts in its words.
@Suite struct WordingTests {
  let words = Wording.english

  @Test func pluralsDatesAndLists() {
    let monday = CalendarDate(year: 2026, month: 11, day: 23)!
    #expect(words.startsOn(monday, weeks: 1) == "Starts Monday, November 23, 2026 · 1 week")
    #expect(words.startsOn(monday, weeks: 3) == "Starts Monday, November 23, 2026 · 3 weeks")
    #expect(words.shortDate(monday) == "Nov 23")
    #expect(
      words.weekTitle(
        2, from: CalendarDate(year: 2026, month: 11, day: 30)!, to: CalendarDate(year: 2026, month: 12, day: 6)!)
        == "Week 2: Nov 30 to Dec 6")
    #expect(words.longerWalk(1) == "Walking: 1 minute each time.")
    #expect(words.longerWalk(12) == "Walking: 12 minutes each time.")
    #expect(words.list([]) == "")
    #expect(words.list(["a"]) == "a")
    #expect(words.list(["a", "b"]) == "a and b")
    #expect(words.list(["a", "b", "c"]) == "a, b and c")
    #expect(words.timesPerDay(1) == "once a day")
    #expect(words.timesPerDay(2) == "twice a day")
    #expect(words.timesPerDay(3) == "3 times a day")
    #expect(words.language == "en-US")
  }

  @Test func dosesFromNumbers() {
    let hold = PlannedDose(reps: 3, holdSeconds: 30, timesPerDay: 2, asNeeded: false, minutesPerDay: 3.5)
    #expect(words.dose(hold, sided: .right) == "3 × 30-second hold, twice a day")
    #expect(words.dose(hold, sided: .both) == "3 × 30-second hold, each side, twice a day")
    let cold = PlannedDose(minutes: 10, timesPerDay: 1, asNeeded: true, minutesPerDay: 0)
    #expect(words.dose(cold, sided: .none) == "10 minutes, when you need it")
    let wrap = PlannedDose(minutes: 480, timesPerDay: 1, asNeeded: true, minutesPerDay: 0)
    #expect(words.dose(wrap, sided: .none) == "up to 8 hours, when you need it")
  }

  /// A second language is a second set of values: the same functions print it.
  @Test func anotherSetOfTextsPrintsThroughTheSameFunctions() {
    var other = Wording()
    other.language = "es"
    other.monthShortNames[10] = "nov"
    other.shortDatePattern = "{day} {mon}"
    other.listLastSeparator = " y "
    other.timesPerDayWords = [1: "una vez al día", 2: "dos veces al día"]
    other.timesPerDayOther = "{n} veces al día"
    other.doseMinutes = Plural(one: "{n} minuto", other: "{n} minutos")
    other.whenNeeded = "cuando lo necesite"
    let monday = CalendarDate(year: 2026, month: 11, day: 23)!
    #expect(other.shortDate(monday) == "23 nov")
    #expect(other.list(["a", "b", "c"]) == "a, b y c")
    #expect(other.timesPerDay(3) == "3 veces al día")
    let cold = PlannedDose(minutes: 10, timesPerDay: 1, asNeeded: true, minutesPerDay: 0)
    #expect(other.dose(cold, sided: .none) == "10 minutos, cuando lo necesite")
    #expect(other.fill("{a} and {missing}", ["a": "x"]) == "x and {missing}")
  }

  @Test func everyAdviceKeyAndNoteHasWords() throws {
    for advice in Advice.allCases { #expect(!words.advice(advice).isEmpty, "\(advice)") }
    let catalogue = Fixture.catalogue
    let seated = try #require(catalogue["piriformis_seated"])
    #expect(words.note(.caution(.osteoporosis), of: seated).contains("straight back"))
    #expect(words.note(.operatedHip(.left), of: seated).contains("left hip"))
    #expect(words.note(.substitute(.strap), of: seated).contains("towel"))
    // A week's change names the items from the catalogue.
    let change = WeekChange.harderVariant(from: "piriformis_seated", to: "piriformis_supine_figure4")
    #expect(
      words.change(change, name: { words.name(of: $0, in: catalogue) })
        == "Seated piriformis stretch moves on to Lying piriformis stretch (figure 4).")
  }

  @Test func thePlanHoldsFactsAndTheTextsHoldWords() throws {
    let plan = Fixture.plan(Fixture.profile(condition: .piriformisSyndrome) { $0.weeks = 4 })
    let texts = PlanTexts(plan, catalogue: Fixture.catalogue, wording: words)
    #expect(texts.items.map(\.id) == plan.items.map(\.id))
    #expect(texts.condition == words.condition(.piriformisSyndrome))
    #expect(texts.advice == plan.advice.map(words.advice))
    #expect(texts.weeks.count == plan.schedule.count)
    // The facts read back the same, texts or not.
    let withTexts = try PlanJSON.encode(plan, catalogue: Fixture.catalogue, wording: words)
    #expect(try PlanJSON.decode(withTexts) == plan)
  }
}
