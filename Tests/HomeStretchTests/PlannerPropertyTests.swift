import TestSupport
import Testing

@testable import HomeStretch

/// Property checks over thousands of generated profiles. The safety oracle below is written
/// again from rules.md, independently of the planner's SafetyScreen, so a rule the planner
/// forgets is caught here.
@Suite struct PlannerPropertyTests {
  static let profileCount = 3_000

  static let profiles: [Profile] = {
    var random = SplitMix64(seed: 20_261_121)
    return (0..<profileCount).map { _ in ProfileGenerator.make(&random, ids: Fixture.catalogue.ids) }
  }()

  @Test func noPlanContainsAContraindicatedItem() {
    for profile in Self.profiles {
      let plan = Fixture.plan(profile)
      for item in plan.catalogueItems() {
        let problems = SafetyOracle.violations(item, profile)
        #expect(problems.isEmpty, "\(item.id) for \(profile): \(problems)")
      }
    }
  }

  @Test func referralExactlyWhenThereIsARedFlag() {
    for profile in Self.profiles {
      let plan = Fixture.plan(profile)
      // rules.md (d): numbness in both legs refers the same day, except in stenosis.
      let bothLegs = profile.numbness.contains(.leftLeg) && profile.numbness.contains(.rightLeg)
      let bothFeet = profile.numbness.contains(.feet) && !profile.health.contains(.diabetesNeuropathy)
      let bilateral = (bothLegs || bothFeet) && profile.condition != .lumbarStenosis
      #expect((plan.status == .refer) == (!profile.redFlags.isEmpty || bilateral))
      if plan.status == .refer {
        #expect(plan.items.isEmpty && plan.schedule.isEmpty)
        let derived = bilateral && !profile.redFlags.contains(.bilateralLegNumbness) ? 1 : 0
        #expect(plan.referralReasons.count == profile.redFlags.count + derived)
      }
    }
  }

  @Test func everyDayFitsTheTimeBudget() {
    for profile in Self.profiles where profile.include.isEmpty && profile.redFlags.isEmpty {
      let plan = Fixture.plan(profile)
      // Must-haves that do not fit even at their lowest doses are kept, and said.
      if plan.warnings.contains(where: { $0.contains("the must-have items take") }) { continue }
      let rests = Set(plan.items.filter(\.rest).map(\.id))
      for week in plan.schedule {
        for day in week.days {
          let minutes = BudgetOracle.minutes(of: day, week: week, profile: profile, rests: rests)
          #expect(
            minutes <= Double(profile.minutesPerDay) + 0.05,
            "week \(week.week) \(day.weekday): \(minutes) > \(profile.minutesPerDay) for \(profile)")
        }
        #expect(week.maxMinutesPerDay <= Double(profile.minutesPerDay) + 0.05)
      }
    }
  }

  @Test func samePlanEveryTime() throws {
    for profile in Self.profiles.prefix(500) {
      let first = Fixture.plan(profile)
      let second = Planner(catalogue: Fixture.catalogue).plan(for: profile, start: Fixture.monday)
      #expect(first == second)
      #expect(try PlanJSON.encode(first) == PlanJSON.encode(second))
    }
  }

  @Test func everyItemIsEitherPlannedOrExcludedWithAReason() {
    let all = Set(Fixture.catalogue.ids)
    for profile in Self.profiles {
      let plan = Fixture.plan(profile)
      let planned = plan.ids
      let excluded = plan.excluded.map(\.id)
      #expect(Set(planned).count == planned.count, "an item is listed twice")
      #expect(Set(planned).isDisjoint(with: excluded))
      #expect(Set(planned).union(excluded) == all)
      for exclusion in plan.excluded { #expect(!exclusion.reason.isEmpty && !exclusion.rules.isEmpty) }
      for item in plan.items { #expect(!item.why.isEmpty, "\(item.id) has no reason") }
    }
  }

  @Test func planShapeFollowsTheRules() {
    for profile in Self.profiles where profile.redFlags.isEmpty {
      let plan = Fixture.plan(profile)
      guard plan.status == .plan else { continue }
      let tier = DoseTier(pain: profile.pain, phase: profile.phase)
      #expect(plan.ids.contains("walking") || profile.exclude.contains("walking"), "S1 for \(profile)")
      let automatic = plan.items.filter {
        $0.kind.isExercise && $0.role != .requested && !profile.include.contains($0.id)
      }
      let weekOne = automatic.filter { $0.weeks.contains(1) }
      #expect(weekOne.count <= tier.exerciseRange.upperBound, "S9 count for \(profile)")
      for item in weekOne {
        // Osteoporosis: a functional loading strength item (level 2) even at high pain (S6).
        let allowed =
          profile.health.contains(.osteoporosis) && item.kind == .strengthening ? max(2, tier.maxLevel) : tier.maxLevel
        #expect((Fixture.catalogue[item.id]?.level ?? 0) <= allowed, "S9 level of \(item.id)")
      }
      // A pregnancy plan stops at the week of 40 weeks.
      let pregnant = profile.condition == .pregnancySciatica || profile.pregnancyWeeks > 0
      let untilBirth = pregnant && profile.pregnancyWeeks > 0 ? 40 - profile.pregnancyWeeks + 1 : 6
      #expect(plan.schedule.count == max(1, min(profile.weeks, untilBirth)))
      for (index, week) in plan.schedule.enumerated() {
        #expect(week.days.count == 7)
        #expect(week.start == Fixture.monday.adding(days: index * 7))
        let active = Set(plan.items.filter { $0.weeks.contains(week.week) }.map(\.id))
        let scheduled = Set(week.days.flatMap { $0.sessions.flatMap(\.items) })
        #expect(scheduled == active, "week \(week.week): scheduled \(scheduled) vs active \(active)")
      }
      for item in plan.items where item.side != .none {
        let expected: AppliedSide = profile.side == .both ? .both : (profile.side == .left ? .left : .right)
        #expect(item.side == expected)
      }
    }
  }
}

extension PlannerPropertyTests {
  /// Issue 10's properties, over the same generated profiles.
  @Test func noSupineItemInAnyWeekFromTwentyWeeks() {
    for profile in Self.profiles {
      let plan = Fixture.plan(profile)
      let pregnant = profile.condition == .pregnancySciatica || profile.pregnancyWeeks > 0
      guard pregnant, plan.status == .plan else { continue }
      for week in plan.schedule {
        let gestation = profile.pregnancyWeeks == 0 ? 40 : profile.pregnancyWeeks + week.week - 1
        #expect(gestation <= 40 || profile.pregnancyWeeks > 40 - 1, "the plan runs past the birth")
        guard gestation >= 20 else { continue }
        for item in plan.items where item.weeks.contains(week.week) {
          #expect(!item.tags.contains(.supine), "\(item.id) in week \(week.week) at \(gestation) weeks")
        }
      }
    }
  }

  @Test func mustHavesAreKeptOrTheTherapistIsTold() {
    for profile in Self.profiles where profile.include.isEmpty {
      let plan = Fixture.plan(profile)
      guard plan.status == .plan else { continue }
      let said = { (prefix: String) in plan.warnings.contains { $0.hasPrefix(prefix) } }
      let walking = plan.schedule.compactMap { $0.doses["walking"].map { ($0.minutes ?? 0) * $0.timesPerDay } }
      if profile.weeks >= 3 && walking.count >= 3 && (walking.first ?? 0) < 30 {
        #expect((walking.last ?? 0) > (walking.first ?? 0) || said("S1"), "walking grows: \(walking) \(profile)")
      }
      if profile.phase == .chronic {
        #expect(plan.items.contains { $0.kind == .strengthening } || said("S2"), "S2 for \(profile)")
      }
      if profile.health.contains(.osteoporosis) {
        let loading = plan.items.filter { $0.kind == .strengthening && $0.id != "abdominal_bracing" }
        let days = Set(
          plan.schedule[0].days.filter { day in
            day.sessions.contains { session in loading.contains { session.items.contains($0.id) } }
          }.map(\.weekday))
        let nonConsecutive = days.count >= 2 && days != [.monday, .tuesday] && days.count < 7 || days.count == 7
        #expect(nonConsecutive || said("S6") || said("S2"), "S6 strength days \(days) for \(profile)")
      }
      let legNumb = profile.numbness.contains(.leftLeg) || profile.numbness.contains(.rightLeg)
      if legNumb && [.sciaticaDisc, .degenerativeDisc, .piriformisSyndrome].contains(profile.condition) {
        let glides = Fixture.catalogue.items.filter { $0.has(.nerveGlide) }
        let anySafe = glides.contains { SafetyOracle.violations($0, profile).isEmpty }
        #expect(plan.items.contains { $0.kind == .nerveGlide } || !anySafe || said("S4"), "S4 for \(profile)")
      }
    }
  }

  @Test func atMostSixExercisesAtATimeWithoutIncludes() {
    for profile in Self.profiles where profile.include.isEmpty {
      let plan = Fixture.plan(profile)
      for week in plan.schedule {
        let active = plan.items.filter { $0.kind.isExercise && $0.weeks.contains(week.week) }
        #expect(active.count <= Profile.defaultMaxExercises, "week \(week.week): \(active.map(\.id))")
      }
    }
  }

  @Test func noPrintedStepThatAPrecautionForbids() {
    // Words that a precaution forbids, by the condition that forbids them.
    let forbidden: [(applies: (Profile) -> Bool, words: [String])] = [
      (
        { $0.hipReplacement.contains { $0.isPosterior } },
        [
          "lean forward a little from your hips", "so your nose comes over your toes",
          "Lean forward slowly from your hips", "gently pull it toward you",
        ]
      ),
      ({ $0.condition == .lumbarStenosis }, ["slowly let your back dip a little"]),
      ({ $0.health.contains(.osteoporosis) }, ["slowly round your back up toward the ceiling"]),
    ]
    for profile in Self.profiles {
      let plan = Fixture.plan(profile)
      for planned in plan.items {
        guard let item = Fixture.catalogue[planned.id] else { continue }
        let steps = item.printedSteps(for: planned)
        for rule in forbidden where rule.applies(profile) {
          for words in rule.words {
            #expect(!steps.contains { $0.contains(words) }, "\(planned.id): '\(words)' for \(profile)")
          }
        }
        #expect(!steps.contains { $0.contains("{") }, "\(planned.id): a placeholder left in a step")
      }
    }
  }

  @Test func cardsNeverPairADailyCountWithEveryFewHours() {
    for profile in Self.profiles {
      for item in Fixture.plan(profile).items {
        let note = Fixture.catalogue[item.id].flatMap { Wording.english.doseNote(item.dose, of: $0) } ?? ""
        let text = Wording.english.dose(item.dose, sided: item.side)
        #expect(!(text.contains("a day") && note.contains("every 2 to 3 hours")), "\(item.id): \(text) / \(note)")
      }
    }
  }
}

enum ProfileGenerator {
  static func subset<T: CaseIterable>(_ type: T.Type, _ random: inout SplitMix64, chance: Double) -> [T] {
    T.allCases.filter { _ in Double.random(in: 0..<1, using: &random) < chance }
  }

  static func make(_ random: inout SplitMix64, ids: [String]) -> Profile {
    var profile = Profile(
      name: "P", condition: Condition.allCases.randomElement(using: &random)!,
      side: Side.allCases.randomElement(using: &random)!, pain: Int.random(in: 0...10, using: &random))
    profile.age = Bool.random(using: &random) ? Int.random(in: 18...95, using: &random) : nil
    profile.phase = Phase.allCases.randomElement(using: &random)!
    profile.floor = Bool.random(using: &random)
    profile.equipment = subset(PatientEquipment.self, &random, chance: 0.6)
    profile.minutesPerDay = [10, 15, 20, 25, 30, 45, 60, 120].randomElement(using: &random)!
    profile.sittingJob = Bool.random(using: &random)
    if Int.random(in: 0..<5, using: &random) == 0 { profile.pregnancyWeeks = Int.random(in: 0...40, using: &random) }
    var hips: [HipReplacement] = []
    if Int.random(in: 0..<4, using: &random) == 0 {
      hips.append([.leftPosterior, .leftAnterior].randomElement(using: &random)!)
    }
    if Int.random(in: 0..<4, using: &random) == 0 {
      hips.append([.rightPosterior, .rightAnterior].randomElement(using: &random)!)
    }
    profile.hipReplacement = hips
    profile.directionalPreference = DirectionalPreference.allCases.randomElement(using: &random)!
    profile.numbness = subset(NumbnessArea.self, &random, chance: 0.15)
    profile.health = subset(HealthCondition.self, &random, chance: 0.15)
    if Int.random(in: 0..<10, using: &random) == 0 {
      profile.redFlags = [RedFlag.allCases.randomElement(using: &random)!]
    }
    profile.weeks = Int.random(in: 1...6, using: &random)
    if Int.random(in: 0..<5, using: &random) == 0 {
      profile.include = Array(
        Set((0..<Int.random(in: 1...3, using: &random)).map { _ in ids.randomElement(using: &random)! })
      ).sorted()
    }
    if Int.random(in: 0..<8, using: &random) == 0 {
      profile.exclude = [ids.randomElement(using: &random)!].filter { !profile.include.contains($0) }
    }
    return profile
  }
}

/// rules.md (b) step 2 and (c), written again for the tests.
enum SafetyOracle {
  static func violations(_ item: CatalogueItem, _ profile: Profile) -> [String] {
    var found: [String] = []
    let pregnant = profile.condition == .pregnancySciatica || profile.pregnancyWeeks > 0
    let late = pregnant && (profile.pregnancyWeeks == 0 || profile.pregnancyWeeks >= 20)
    let osteoporosis = profile.health.contains(.osteoporosis)
    let sides: Set<BodySide> = profile.side == .both ? [.left, .right] : (profile.side == .left ? [.left] : [.right])
    let hips: Set<BodySide> = item.sided ? sides : [.left, .right]
    let posterior = Set(profile.hipReplacement.filter { $0 == .leftPosterior || $0 == .rightPosterior }.map(\.side))
    let anterior = Set(profile.hipReplacement.filter { $0 == .leftAnterior || $0 == .rightAnterior }.map(\.side))

    if profile.exclude.contains(item.id) { found.append("therapist excluded it") }
    if pregnant && item.has(.prone) { found.append("S7 prone in pregnancy") }
    if late && item.has(.supine) { found.append("S7 supine from 20 weeks") }
    if osteoporosis && (item.has(.loadedFlexion) || item.has(.trunkRotation)) { found.append("S6") }
    if !profile.floor && item.floor { found.append("S8") }
    if profile.condition == .lumbarStenosis && item.has(.extensionBias) { found.append("S3 stenosis extension") }
    if !posterior.isDisjoint(with: hips) {
      if item.has(.hipFlexionOver90) || item.has(.hipAdduction) || item.has(.hipInternalRotation) {
        found.append("S5 hip position")
      }
      if item.has(.piriformisStretch) { found.append("S5 piriformis on operated side") }
    }
    let owned = Set(profile.equipment.map(\.rawValue))
    for needed in item.equipment
    where ["chair", "wall", "foam_roller", "ball"].contains(needed.rawValue) && !owned.contains(needed.rawValue) {
      found.append("S12 \(needed)")
    }
    if item.kind == .thermal { found += thermal(item, profile, sides) }
    for entry in item.contraindications {
      let applies: Bool
      switch entry.condition {
      case .acuteOrSevere: applies = profile.phase == .acute || profile.pain >= 7
      case .notSettled: applies = profile.phase != .chronic || profile.pain > 3
      case .pregnancy: applies = pregnant
      case .pregnancy20Weeks: applies = late
      case .lumbarStenosis: applies = profile.condition == .lumbarStenosis
      case .disc: applies = profile.condition == .sciaticaDisc || profile.condition == .degenerativeDisc
      case .osteoporosis: applies = osteoporosis
      case .posteriorHipReplacement: applies = !posterior.isEmpty
      case .posteriorHipReplacementWorkingSide: applies = !posterior.isDisjoint(with: hips)
      case .anteriorHipReplacementWorkingSide: applies = !anterior.isDisjoint(with: hips)
      case .diabetesNeuropathy: applies = profile.health.contains(.diabetesNeuropathy)
      case .raynauds: applies = profile.health.contains(.raynauds)
      case .peripheralVascularDisease: applies = profile.health.contains(.peripheralVascularDisease)
      case .impairedSensationOrCognition: applies = profile.health.contains(.impairedSensationOrCognition)
      case .olderAdult: applies = (profile.age ?? 0) >= 65
      }
      if applies { found.append("item: \(entry.condition.rawValue)") }
    }
    return found
  }

  static func thermal(_ item: CatalogueItem, _ profile: Profile, _ sides: Set<BodySide>) -> [String] {
    var found: [String] = []
    let health = Set(profile.health)
    let numb = Set(profile.numbness)
    let cold = item.has(.cold)
    let heat = item.has(.heat)
    if health.contains(.impairedSensationOrCognition) { found.append("C impaired sensation") }
    if cold && (health.contains(.raynauds) || health.contains(.peripheralVascularDisease)) { found.append("C no cold") }
    let area = item.thermal!.area
    let back = area == .lowBack || area == .lowBackAndButtocks
    let buttocks: Set<BodySide> = area == .buttock ? sides : (area == .lowBackAndButtocks ? [.left, .right] : [])
    let legs: Set<BodySide> = area == .leg ? sides : []
    if back && (numb.contains(.lowBack) || health.contains(.openWoundLowBack)) { found.append("C back") }
    if buttocks.contains(.left) && numb.contains(.leftButtock) { found.append("C left buttock numb") }
    if buttocks.contains(.right) && numb.contains(.rightButtock) { found.append("C right buttock numb") }
    // A numb leg may mean reduced feeling over its buttock: no pack there either.
    if buttocks.contains(.left) && numb.contains(.leftLeg) { found.append("C buttock over a numb left leg") }
    if buttocks.contains(.right) && numb.contains(.rightLeg) { found.append("C buttock over a numb right leg") }
    if legs.contains(.left) && numb.contains(.leftLeg) { found.append("C left leg numb") }
    if legs.contains(.right) && numb.contains(.rightLeg) { found.append("C right leg numb") }
    if !legs.isEmpty && numb.contains(.feet) { found.append("C numb feet") }
    if !legs.isEmpty && health.contains(.diabetesNeuropathy) { found.append("C diabetic legs") }
    if !legs.isEmpty && heat && health.contains(.peripheralVascularDisease) { found.append("C PVD heat on legs") }
    return found
  }
}

/// Minutes of one scheduled day, from the schedule and that week's doses.
enum BudgetOracle {
  /// Packs taken as a rest (`rests`), habits and routines that cost no extra time do not
  /// count; everything else does, ice and heat included.
  static func minutes(of day: DaySchedule, week: WeekSchedule, profile: Profile, rests: Set<String> = []) -> Double {
    var seconds = 0
    for session in day.sessions {
      for id in session.items {
        guard let item = Fixture.catalogue[id], let dose = week.doses[id] else { continue }
        if item.kind == .habit || item.noExtraTime || rests.contains(id) { continue }
        let sides = item.sided && item.kind != .thermal && profile.side == .both ? 2 : 1
        if let minutes = dose.minutes {
          seconds += minutes * 60 * sides
        } else {
          let sets = dose.sets ?? 1
          let reps = dose.reps ?? 1
          let hold = dose.holdSeconds ?? 0
          seconds += (sets * reps * (hold + (hold >= 10 ? 5 : 3)) + (sets - 1) * 20) * sides
        }
      }
    }
    return Double(seconds) / 60
  }
}
