import Foundation
import Testing

@testable import HomeStretch

/// The second clinical pass (issue 10): one test per class of defect, written from
/// docs/clinical-rules.md, so each would have caught the defect the review found.
@Suite struct ClinicalPassTests {
  typealias F = Fixture

  // MARK: 1. Time passes during a plan (S7)

  @Test func gestationAdvancesEveryWeekOfThePlan() {
    // 19 weeks now: 20 in week 2, so nothing lying on the back in any week.
    let plan = F.plan(
      F.profile(condition: .pregnancySciatica) {
        $0.pregnancyWeeks = 19
        $0.weeks = 4
        $0.include = ["glute_bridge"]
      })
    #expect(!plan.items.contains { $0.tags.contains(.supine) })
    let bridge = plan.exclusion("glute_bridge")
    #expect(bridge?.rules.contains(.s7) == true)
    #expect(bridge?.reason.contains("20 weeks in week 2 of the plan") == true)
    #expect(plan.warnings.contains { $0.contains("'glute_bridge'") && $0.contains("not safe") })
  }

  @Test func noProgressionIntoASupineVariantAsTwentyWeeksPass() {
    // Seated piriformis moves on to the lying figure-4 in week 3; at 17 weeks she is 20 in
    // week 4, when the lying stretch would still be in use.
    let plan = F.plan(
      F.profile(condition: .pregnancySciatica) {
        $0.pregnancyWeeks = 17
        $0.weeks = 4
        $0.minutesPerDay = 60
      })
    #expect(plan.ids.contains("piriformis_seated"))
    #expect(!plan.ids.contains("piriformis_supine_figure4"))
    // Earlier in pregnancy and a short plan, the same progression is allowed.
    let early = F.plan(
      F.profile(condition: .pregnancySciatica) {
        $0.pregnancyWeeks = 8
        $0.weeks = 4
        $0.minutesPerDay = 60
      })
    #expect(early.item("piriformis_supine_figure4")?.weeks == [3, 4])
  }

  @Test func aPlanStopsAtTheBirthAndUnknownWeeksAreSaid() {
    let late = F.plan(
      F.profile(condition: .pregnancySciatica) {
        $0.pregnancyWeeks = 38
        $0.weeks = 6
      })
    #expect(late.schedule.count == 3)
    #expect(late.patient.weeks == 3)
    #expect(late.advice.contains(.seeUsAfterBirth))
    #expect(late.warnings.contains { $0.contains("40 weeks in week 3") })
    let unknown = F.plan(F.profile(condition: .pregnancySciatica) { $0.pregnancyWeeks = 0 })
    #expect(unknown.warnings.contains { $0.contains("weeks of pregnancy are not given") })
    #expect(!unknown.advice.contains(.seeUsAfterBirth))
  }

  // MARK: 2. Combined red flags (S0, rules.md (d))

  @Test func cancerWithNerveSignsIsSeenTheSameDay() {
    let alone = F.plan(F.profile { $0.redFlags = [.cancerHistory] })
    #expect(alone.referralReasons.map(\.urgency) == [.soon])
    let numb = F.plan(
      F.profile {
        $0.redFlags = [.cancerHistory]
        $0.numbness = [.rightLeg]
      })
    #expect(numb.referralReasons.map(\.urgency) == [.sameDay])
    #expect(numb.referralReasons[0].raisedByNerveSigns)
    #expect(Wording.english.referralReason(numb.referralReasons[0]).contains(Wording.english.withNerveSigns))
    // Numb feet explained by diabetic neuropathy are not a nerve-root sign.
    let diabetic = F.plan(
      F.profile {
        $0.redFlags = [.weightLoss]
        $0.numbness = [.feet]
        $0.health = [.diabetesNeuropathy]
      })
    #expect(diabetic.referralReasons.map(\.urgency) == [.soon])
  }

  @Test(arguments: [
    Condition.sciaticaDisc, .degenerativeDisc, .nonspecificLBP, .piriformisSyndrome, .pregnancySciatica,
  ])
  func numbnessInBothLegsRefersTheSameDay(condition: Condition) {
    let plan = F.plan(F.profile(condition: condition) { $0.numbness = [.leftLeg, .rightLeg] })
    #expect(plan.status == .refer)
    #expect(plan.referralReasons.map(\.flag) == [.bilateralLegNumbness])
    #expect(plan.referralReasons[0].urgency == .sameDay)
  }

  @Test func numbnessInBothLegsInStenosisWarnsAndNumbFeetInDiabetesDoesNeither() {
    let stenosis = F.plan(F.profile(condition: .lumbarStenosis) { $0.numbness = [.leftLeg, .rightLeg] })
    #expect(stenosis.status == .plan)
    #expect(stenosis.warnings.contains { $0.hasPrefix("Numbness in both legs") })
    let feet = F.plan(
      F.profile(condition: .sciaticaDisc) {
        $0.numbness = [.feet]
        $0.health = [.diabetesNeuropathy]
      })
    #expect(feet.status == .plan)
    #expect(!feet.warnings.contains { $0.contains("both legs") })
  }

  @Test func numbFeetWithoutDiabetesAreABilateralSign() {
    // Found by the independent review: both feet numb, not from diabetes, with a disc.
    let disc = F.plan(F.profile(condition: .sciaticaDisc) { $0.numbness = [.feet, .leftLeg] })
    #expect(disc.status == .refer)
    #expect(disc.referralReasons.contains { $0.flag == .bilateralLegNumbness && $0.urgency == .sameDay })
    let stenosis = F.plan(F.profile(condition: .lumbarStenosis) { $0.numbness = [.feet] })
    #expect(stenosis.status == .plan)
    #expect(stenosis.warnings.contains { $0.hasPrefix("Numbness in both legs") })
    #expect(stenosis.patient.bothLegsAffected)
    #expect(stenosis.items.first { $0.kind == .activity }?.notes.contains(.checkFeet) == true)
  }

  @Test func minorTraumaWithFractureRiskRefers() {
    let plan = F.plan(
      F.profile {
        $0.age = 78
        $0.health = [.osteoporosis]
        $0.redFlags = [.minorTraumaFractureRisk]
      })
    #expect(plan.status == .refer)
    #expect(plan.referralReasons.map(\.urgency) == [.sameDay])
  }

  @Test func warningSignsSpeakOfWhatIsNewOrWorse() {
    for both in [false, true] {
      for line in Wording.english.stopSigns(bothLegs: both) + [Wording.english.urgentSigns(bothLegs: both)] {
        let lower = line.lowercased()
        #expect(["new", "worse", "spreads", "starts"].contains { lower.contains($0) }, "\(line)")
        #expect(!lower.hasPrefix("you have"), "\(line)")
      }
    }
    #expect(!Wording.english.stopSigns(bothLegs: true).contains { $0.contains("other leg") })
  }

  // MARK: 3. Printed steps are the safe version (S5 and cautions)

  @Test func stepsAfterAPosteriorHipReplacementAreTheSafeVersion() throws {
    let plan = F.plan(
      F.profile(condition: .piriformisSyndrome, side: .right) {
        $0.hipReplacement = [.leftPosterior]
        $0.sittingJob = true
      })
    let seated = try #require(plan.item("piriformis_seated"))
    #expect(seated.stepVariant == .posteriorHipReplacement)
    let steps = try #require(F.catalogue["piriformis_seated"]).printedSteps(for: seated)
    #expect(!steps.contains { $0.contains("lean forward a little") })
    #expect(steps.contains { $0.contains("do not lean forward") })
    // The only note is the operated hip's, and it agrees with the steps: no leaning forward.
    #expect(seated.notes == [.operatedHip(.left)])
  }

  @Test func theSeatedTwistAfterAPosteriorReplacementKeepsTheHipsStill() throws {
    let item = try #require(F.catalogue["seated_trunk_rotation"])
    let facts = PatientFacts(F.profile { $0.hipReplacement = [.rightPosterior] })
    #expect(SafetyScreen.contraindications(of: item, for: facts).isEmpty)
    #expect(facts.stepVariant(of: item) == .posteriorHipReplacement)
    let steps = item.steps(variant: .posteriorHipReplacement)
    #expect(steps.contains { $0.contains("hips and knees still and facing forward") })
    #expect(steps.contains { $0.contains("high, firm chair") })
  }

  @Test func aStepVariantKeepsTheSafetyLinesOfTheUsualSteps() {
    // Found by the review: the hip variant of the seated glide lost the dizziness line.
    for item in F.catalogue.items {
      let lines = item.steps.flatMap { $0.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) } }
        .filter { $0.hasPrefix("If ") && $0.contains("dizzy") }
      for variant in item.stepVariants {
        for line in lines {
          #expect(variant.steps.contains { $0.contains(line) }, "\(item.id) \(variant.condition): '\(line)'")
        }
      }
    }
  }

  @Test func noButtockPackOnTheSideOfANumbLeg() {
    let plan = F.plan(
      F.profile(condition: .piriformisSyndrome, side: .right) {
        $0.numbness = [.rightLeg]
        $0.minutesPerDay = 90
      })
    #expect(!plan.items.contains { $0.kind == .thermal && $0.area == .buttock })
    #expect(plan.exclusion("heat_pack_buttock")?.rules.contains(.thermal) == true)
  }

  @Test func chronicStrengtheningLoadsTheMuscles() {
    let plan = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 3, phase: .chronic) {
        $0.minutesPerDay = 20
        $0.weeks = 4
      })
    #expect(plan.items.contains { $0.kind == .strengthening && $0.id != "abdominal_bracing" })
  }

  @Test func diabeticNeuropathyHeatSaysToCheckTheSkinOften() throws {
    let plan = F.plan(
      F.profile {
        $0.health = [.diabetesNeuropathy]
        $0.minutesPerDay = 90
      })
    let heat = try #require(plan.items.first { $0.role == .heat })
    #expect(heat.notes.contains(.frequentSkinChecks))
  }

  @Test func missingCautionsAreOnTheCards() throws {
    let catCow = try #require(F.catalogue["cat_cow"])
    let stenosis = PatientFacts(F.profile(condition: .lumbarStenosis))
    #expect(catCow.steps(variant: stenosis.stepVariant(of: catCow)).contains { $0.contains("Keep the arch small") })
    let glide = try #require(F.catalogue["sciatic_nerve_glide_seated"])
    #expect(glide.steps.contains { $0.contains("If looking up makes you dizzy, keep your head level") })
    let pack = try #require(F.catalogue["moist_heat_pack_low_back"])
    #expect(pack.cautions.contains { $0.condition == .pregnancy })
    #expect(pack.cautions.contains { $0.condition == .olderAdult })
  }

  // MARK: 5. Walking grows (S1, rules.md (e))

  @Test func walkingGrowsTenToTwentyPercentAWeekTowardThirtyMinutes() throws {
    let plan = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 3, phase: .chronic) {
        $0.minutesPerDay = 60
        $0.weeks = 6
      })
    let daily = plan.schedule.compactMap { week in week.doses["walking"].map { ($0.minutes ?? 0) * $0.timesPerDay } }
    #expect(daily.count == 6)
    for (before, after) in zip(daily, daily.dropFirst()) {
      #expect(after >= before)
      if before < 30 {
        #expect(after > before, "walking grows every week until 30 minutes: \(daily)")
        #expect(Double(after) <= Double(before) * 1.25 + 2, "about 20 % a week: \(daily)")
      }
    }
    #expect(daily.last == 30)
    #expect(plan.warnings.isEmpty)
  }

  @Test func walkingStopsAtTheBudgetAndTheTherapistIsTold() {
    let plan = F.plan(
      F.profile(condition: .sciaticaDisc, pain: 5) {
        $0.minutesPerDay = 15
        $0.weeks = 6
      })
    let warning = plan.warnings.first { $0.hasPrefix("S1 stay active: walking stops growing") }
    #expect(warning?.contains("a budget of") == true)
    // The must-haves are all still there.
    #expect(plan.items.contains { $0.role == .directional })
    #expect(plan.items.contains { $0.kind == .strengthening })
    #expect(plan.items.contains { $0.kind == .nerveGlide })
  }

  // MARK: 6. Must-haves kept

  @Test func mustHavesAreKeptInASmallBudgetAtLowerDoses() {
    let plan = F.plan(
      F.profile(condition: .piriformisSyndrome, pain: 3, phase: .chronic) {
        $0.minutesPerDay = 10
        $0.numbness = [.rightLeg]
        $0.weeks = 4
      })
    #expect(plan.items.contains { $0.role == .condition && $0.tags.contains(.piriformisStretch) })
    #expect(plan.items.contains { $0.kind == .strengthening })
    #expect(plan.items.contains { $0.kind == .nerveGlide })
    #expect(plan.items.contains { $0.kind == .activity })
    let overBudget = plan.warnings.contains { $0.contains("the must-have items take") }
    #expect(overBudget || plan.schedule.allSatisfy { $0.maxMinutesPerDay <= 10.05 })
  }

  @Test func osteoporosisGetsLoadingStrengthOnTwoOrMoreDays() throws {
    let plan = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 8, phase: .acute) {
        $0.age = 80
        $0.health = [.osteoporosis]
      })
    let strength = plan.items.filter { $0.kind == .strengthening && $0.id != "abdominal_bracing" }
    #expect(!strength.isEmpty, "not only tummy bracing")
    let item = try #require(strength.first)
    let days = plan.schedule[0].days.filter { $0.sessions.contains { $0.items.contains(item.id) } }
    #expect(days.count >= 2)
    #expect(plan.warnings.contains { $0.contains("ask about a fall") })
  }

  // MARK: 7. Honest minutes

  @Test func packsCountUnlessTakenAsARest() {
    let roomy = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 5) {
        $0.minutesPerDay = 90
        $0.weeks = 1
      })
    let heat = roomy.items.first { $0.role == .heat }
    #expect(heat?.id == "moist_heat_pack_low_back")
    #expect(heat?.rest == false)
    #expect((heat?.dose.minutesPerDay ?? 0) >= 15, "a pack before the session costs its minutes")
    #expect(heat?.dose.timesPerDay == 1, "heat once a day, not a second fixed pack")
    let tight = F.plan(F.profile(condition: .nonspecificLBP, pain: 5) { $0.minutesPerDay = 15 })
    if let rest = tight.items.first(where: \.rest) {
      #expect(rest.why.contains { $0.contains("as a rest") })
      #expect(tight.schedule.allSatisfy { $0.maxMinutesPerDay <= 15.05 })
    }
    for plan in [roomy, tight] {
      for cold in plan.items where cold.role == .cold {
        #expect(cold.dose.asNeeded)
        #expect(Wording.english.dose(cold.dose, sided: cold.side).contains(Wording.english.whenNeeded))
      }
    }
  }

  @Test func heatReasonsFitThePhase() {
    let chronic = F.plan(F.profile(pain: 3, phase: .chronic) { $0.minutesPerDay = 90 })
    let acute = F.plan(F.profile(pain: 5, phase: .acute) { $0.minutesPerDay = 90 })
    #expect(chronic.items.first { $0.role == .heat }?.why.contains { $0.contains("ACP 2017") } == false)
    #expect(acute.items.first { $0.role == .heat }?.why.contains { $0.contains("ACP 2017") } == true)
  }

  // MARK: 8. Adherence and sense

  @Test func maxExercisesIsSixByDefaultAndTheProfileCanChangeIt() {
    let plan = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 1, phase: .chronic) {
        $0.minutesPerDay = 120
        $0.weeks = 1
      })
    #expect(plan.items.filter { $0.kind.isExercise }.count <= 6)
    let three = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 1, phase: .chronic) {
        $0.minutesPerDay = 120
        $0.maxExercises = 3
      })
    #expect(three.items.filter { $0.kind.isExercise && $0.weeks.contains(1) }.count <= 3)
    let many = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 1, phase: .chronic) {
        $0.minutesPerDay = 120
        $0.maxExercises = 2
        $0.include = ["cat_cow", "bird_dog", "hip_flexor_standing"]
      })
    #expect(many.warnings.contains { $0.contains("max_exercises") })
  }

  @Test func cardsAndSessionsGoFromLyingToSittingToStanding() {
    let plan = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 2, phase: .chronic) {
        $0.minutesPerDay = 90
        $0.sittingJob = true
      })
    let exercises = plan.items.filter { $0.kind.isExercise && $0.weeks.contains(1) }
    let ranks = exercises.map { DisplayOrder.positionRank($0.position) }
    #expect(ranks == ranks.sorted(), "\(exercises.map(\.position))")
    // Within every session of every week, exercises go from lying to standing.
    for week in plan.schedule {
      for session in week.days.flatMap(\.sessions) {
        let positions = session.items.compactMap { id in plan.item(id) }.filter { $0.kind.isExercise }
          .map { DisplayOrder.positionRank($0.position) }
        #expect(positions == positions.sorted(), "week \(week.week) \(session.name)")
      }
    }
    // A harder variant's card follows the card of the item it replaces.
    let maria = F.plan(
      F.profile(condition: .piriformisSyndrome, pain: 5) {
        $0.sittingJob = true
        $0.weeks = 4
      })
    if let seated = maria.ids.firstIndex(of: "piriformis_seated"),
      let lying = maria.ids.firstIndex(of: "piriformis_supine_figure4")
    {
      #expect(lying == seated + 1)
    }
  }

  @Test func progressionIsOneStepAtATime() {
    // Tummy bracing (level 1, seated) must never become bird dog (level 3, hands and knees).
    let plan = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 5, phase: .subacute) {
        $0.include = ["abdominal_bracing"]
        $0.minutesPerDay = 60
        $0.weeks = 6
      })
    #expect(!plan.ids.contains("bird_dog") || plan.item("bird_dog")?.weeks.first == 1)
    for week in plan.schedule { #expect(week.changes.count <= WeekBuilder.maxChangesPerWeek) }
  }

  // MARK: 9. Warnings for the therapist

  @Test func warningsForTheTherapist() {
    let stenosis = F.plan(F.profile(condition: .lumbarStenosis) { $0.directionalPreference = .extension })
    #expect(stenosis.warnings.contains { $0.contains("lumbar stenosis rules out extension-bias items") })
    let opposite = F.plan(F.profile(side: .left) { $0.numbness = [.rightLeg] })
    #expect(opposite.warnings.contains { $0.contains("opposite the pain") })
    let carer = F.plan(F.profile { $0.health = [.impairedSensationOrCognition] })
    #expect(carer.warnings.contains { $0.contains("carer") })
    #expect(carer.advice.contains(.askCarer))
    let noStrength = F.plan(
      F.profile(pain: 2, phase: .chronic) {
        $0.exclude = F.catalogue.items.filter { $0.kind == .strengthening }.map(\.id)
      })
    #expect(noStrength.warnings.contains { $0.hasPrefix("S2") })
  }

  // MARK: 10. Cards agree with the dose

  @Test func thermalStepsSayTheDoseMinutes() throws {
    let plan = F.plan(
      F.profile {
        $0.health = [.diabetesNeuropathy]
        $0.minutesPerDay = 90
      })
    let heat = try #require(plan.items.first { $0.role == .heat && $0.id == "moist_heat_pack_low_back" })
    #expect(heat.dose.minutes == 10)
    let steps = try #require(F.catalogue[heat.id]).printedSteps(for: heat)
    #expect(steps.contains { $0.contains("after 10 minutes") })
    #expect(!steps.contains { $0.contains("{") || $0.contains("15 to 20") })
  }

  @Test func doNotUseListsOnlyWhatApplies() throws {
    let man = F.plan(F.profile { $0.minutesPerDay = 90 })
    let pregnant = F.plan(
      F.profile(condition: .pregnancySciatica) {
        $0.pregnancyWeeks = 24
        $0.minutesPerDay = 90
      })
    for (plan, expectBelly) in [(man, false), (pregnant, true)] {
      let lines = plan.items.filter { $0.kind == .thermal }.flatMap { F.catalogue[$0.id]!.printedDoNotUse(for: $0) }
      #expect(lines.contains { $0.localizedCaseInsensitiveContains("belly") } == expectBelly, "\(lines)")
      #expect(!lines.contains { $0.contains("Raynaud") || $0.contains("poor circulation") })
    }
  }

  @Test func olderAdultsHoldLongerAsTheirDose() throws {
    let plan = F.plan(F.profile(condition: .piriformisSyndrome, pain: 5) { $0.age = 72 })
    let stretch = try #require(plan.items.first { $0.tags.contains(.piriformisStretch) })
    #expect((stretch.dose.holdSeconds ?? 0) >= 30)
    for item in F.catalogue.items {
      #expect(!item.cautions.contains { $0.text.contains("Hold each stretch a little longer") }, "\(item.id)")
    }
  }

  @Test func theOperatedHipNoteStaysOnEveryProgression() {
    let plan = F.plan(
      F.profile(condition: .piriformisSyndrome, side: .right, pain: 5) {
        $0.hipReplacement = [.leftPosterior]
        $0.weeks = 4
        $0.minutesPerDay = 60
      })
    for item in plan.items where item.tags.contains(.piriformisStretch) {
      #expect(item.notes.contains(.operatedHip(.left)), "\(item.id)")
    }
  }

  // MARK: 11. Reasons that are right

  @Test func reasonsFitTheItem() {
    let sitting = F.plan(
      F.profile(condition: .nonspecificLBP, pain: 2, phase: .chronic) {
        $0.sittingJob = true
        $0.minutesPerDay = 90
      })
    for item in sitting.items where item.role == .stretch && !item.tags.contains(.hipFlexorStretch) {
      #expect(!item.why.contains { $0.contains("hip") }, "\(item.id): \(item.why)")
    }
    let piriformis = F.plan(
      F.profile(condition: .piriformisSyndrome, pain: 8, phase: .acute) { $0.minutesPerDay = 60 })
    for item in piriformis.items where item.id == "abdominal_bracing" {
      #expect(!item.why.contains { $0.contains("buttock") }, "\(item.why)")
    }
    let pregnancy = F.plan(F.profile(condition: .pregnancySciatica, floor: false) { $0.pregnancyWeeks = 24 })
    for item in pregnancy.items where item.position != .quadruped {
      #expect(!item.why.contains { $0.contains("hands and knees") }, "\(item.id): \(item.why)")
    }
    for exclusion in piriformis.excluded where F.catalogue[exclusion.id]?.kind == .strengthening {
      #expect(!exclusion.rules.contains(.s3), "\(exclusion.id): \(exclusion.reason)")
    }
    let roll = sitting.exclusion("lumbar_roll_sitting")
    #expect(roll?.rules == [.s3], "\(roll?.reason ?? "")")
  }
}
