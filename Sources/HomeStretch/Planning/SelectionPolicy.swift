/// Which jobs a patient's program has and which items fill them, by condition (rules S1-S4,
/// S6, S7, S10), in the priority order of rule S11. Every reason is written for the item it
/// is given to.
enum SelectionPolicy {
  /// The slots of the program's core, highest priority first. Their must-haves are chosen
  /// before anything optional; the program is then rounded up with ``fill(_:count:)`` and
  /// ice and heat are added with ``thermalSlots(_:)``.
  static func coreSlots(for facts: PatientFacts) -> [SelectionSlot] {
    var slots = conditionSlots(facts)
    slots.append(walking(facts))
    slots += habitSlots(facts)
    slots.append(strengthening(facts))
    if let glide = nerveGlide(facts) { slots.append(glide) }
    return slots
  }

  static func isMovement(_ item: CatalogueItem) -> Bool {
    item.kind == .mobility || item.kind == .stretch
  }

  // MARK: Condition-specific and directional (S3, S7)

  static func conditionSlots(_ facts: PatientFacts) -> [SelectionSlot] {
    let profile = facts.profile
    var slots: [SelectionSlot] = []
    switch facts.direction {
    case .extension:
      let why =
        profile.condition.isDisc
        ? Reason(
          .s3,
          "extension bias for disc-related pain; continue only while symptoms stay the same or move up toward the back")
        : Reason(.s3, "extension eased or centralised the symptoms at assessment")
      let preferred =
        facts.tier == .gentle
        ? ["prone_lying", "standing_back_extension", "prone_on_elbows"]
        : ["prone_press_up", "prone_on_elbows", "prone_lying", "standing_back_extension"]
      slots.append(
        SelectionSlot(
          role: .directional, count: 1, mustHave: 1, preferred: preferred,
          matches: { isMovement($0) && $0.has(.extensionBias) }, rule: .s3, why: { _ in why }))
    case .flexion:
      let why =
        profile.condition == .lumbarStenosis
        ? Reason(.s3, "flexion bias for lumbar stenosis: bending forward opens the space for the nerves")
        : Reason(.s3, "flexion eased or centralised the symptoms at assessment")
      slots.append(
        SelectionSlot(
          role: .directional, count: profile.condition == .lumbarStenosis ? 2 : 1, mustHave: 1,
          preferred: [
            "posterior_pelvic_tilt_supine", "pelvic_tilt_standing_wall", "knee_to_chest_single",
            "seated_flexion_stretch", "knee_to_chest_double",
          ],
          matches: { isMovement($0) && $0.has(.flexionBias) }, rule: .s3, why: { _ in why }))
    case .unknown:
      if profile.condition == .nonspecificLBP || profile.condition == .pregnancySciatica {
        let pregnancy = profile.condition == .pregnancySciatica
        slots.append(
          SelectionSlot(
            role: .condition, count: 1, mustHave: 1,
            preferred: [
              "cat_cow", "pelvic_tilt_standing_wall", "lower_trunk_rotation", "posterior_pelvic_tilt_supine",
            ],
            matches: { $0.kind == .mobility && ($0.bias == .neutral || $0.bias == .flexion) },
            rule: pregnancy ? .s7 : .s3,
            why: { item in
              guard pregnancy else {
                return Reason(.s3, "no directional preference: a gentle neutral movement of the back")
              }
              return Reason(.s7, "a gentle back movement \(Words.positionPhrase(item.position)) suits pregnancy")
            }))
      }
    }
    if profile.condition == .piriformisSyndrome || profile.condition == .pregnancySciatica {
      let piriformis = profile.condition == .piriformisSyndrome
      let preferred =
        profile.sittingJob || !piriformis
        ? ["piriformis_seated", "piriformis_supine_figure4", "piriformis_standing_figure4"]
        : ["piriformis_supine_figure4", "piriformis_seated", "piriformis_standing_figure4"]
      slots.append(
        SelectionSlot(
          role: .condition, count: 1, mustHave: 1, preferred: preferred, matches: { $0.has(.piriformisStretch) },
          rule: piriformis ? .s3 : .s7,
          why: { item in
            piriformis
              ? Reason(.s3, "piriformis syndrome: stretch the piriformis on the affected side")
              : Reason(
                .s7, "a gentle buttock stretch for pregnancy-related sciatica, \(Words.positionPhrase(item.position))")
          }))
    }
    return slots
  }

  // MARK: Walking and habits (S1, S10)

  static func walking(_ facts: PatientFacts) -> SelectionSlot {
    let text =
      facts.profile.condition == .lumbarStenosis
      ? "every plan includes walking, growing each week; in stenosis short bouts with rests, leaning forward if it helps"
      : "every plan includes walking and staying active, growing each week toward 30 minutes a day"
    return SelectionSlot(
      role: .walking, count: 1, mustHave: 1, preferred: ["walking"], matches: { $0.has(.walking) }, rule: .s1,
      why: { _ in Reason(.s1, text) })
  }

  static func habitSlots(_ facts: PatientFacts) -> [SelectionSlot] {
    var slots: [SelectionSlot] = []
    let profile = facts.profile
    if profile.sittingJob {
      slots.append(
        SelectionSlot(
          role: .sittingBreaks, count: 1, mustHave: 1, preferred: ["sitting_breaks_desk"],
          matches: { $0.has(.sittingBreaks) }, rule: .s10,
          why: { _ in Reason(.s10, "a sitting job: stand up and move every 20 to 30 minutes") }))
      if facts.direction == .extension && profile.condition.isDisc {
        slots.append(
          SelectionSlot(
            role: .habit, count: 1, mustHave: 1, preferred: ["lumbar_roll_sitting"],
            matches: { $0.kind == .habit && $0.has(.extensionBias) }, rule: .s3,
            why: { _ in Reason(.s3, "keeps the low back's curve while sitting, in line with the extension bias") }))
      }
    }
    if facts.pregnant {
      slots.append(
        SelectionSlot(
          role: .habit, count: 1, mustHave: 1, preferred: ["side_lying_rest_with_pillow"],
          matches: { $0.kind == .habit && $0.position == .sideLying }, rule: .s7,
          why: { _ in Reason(.s7, "lying on the side with pillows is the rest position in pregnancy") }))
    }
    return slots
  }

  // MARK: Strengthening and nerve glides (S2, S3, S4, S6)

  static func strengthening(_ facts: PatientFacts) -> SelectionSlot {
    let profile = facts.profile
    var preferred = ["abdominal_bracing", "glute_bridge", "bird_dog", "sit_to_stand", "standing_hip_abduction"]
    let phase: String
    switch profile.phase {
    case .chronic: phase = "chronic pain: the plan includes strengthening"
    case .subacute: phase = "subacute pain: gentle strengthening is included"
    case .acute: phase = "acute pain: gentle muscle work only"
    }
    var maxLevel: Int?
    var matches: @Sendable (CatalogueItem) -> Bool = { $0.kind == .strengthening }
    let osteoporosis = facts.has(.osteoporosis)
    if osteoporosis {
      preferred = ["sit_to_stand", "standing_hip_abduction", "prone_superman_light", "wall_slide_mini_squat"]
    } else if profile.condition == .piriformisSyndrome {
      preferred = ["clamshell", "glute_bridge", "standing_hip_abduction", "sit_to_stand"]
    } else if facts.pregnant {
      preferred = ["abdominal_bracing", "standing_hip_abduction", "sit_to_stand", "bird_dog"]
    }
    if osteoporosis {
      // Too Fit To Fracture: loading strength work on 2 or more days a week, never only
      // bracing; a functional sit-to-stand level is allowed even when the pain is high.
      matches = { $0.kind == .strengthening && !Dosing.isDaily($0) }
      maxLevel = max(facts.tier.maxLevel, 2)
    } else if facts.tier == .gentle {
      preferred.insert("abdominal_bracing", at: 0)
    } else if profile.phase == .chronic {
      // Chronic pain (S2): strengthening that loads the muscles, not only bracing.
      matches = { $0.kind == .strengthening && !Dosing.isDaily($0) }
      preferred.removeAll { $0 == "abdominal_bracing" }
    }
    return SelectionSlot(
      role: .strengthening, count: facts.tier.strengtheningCount, mustHave: 1, preferred: preferred,
      matches: matches, rule: .s2,
      why: { item in
        if osteoporosis {
          return Reason(.s6, "loading strength work for the legs and back on 2 or more days a week")
        }
        if profile.condition == .piriformisSyndrome && Words.worksButtock(item) {
          return Reason(.s2, "\(phase); for piriformis syndrome, strong buttock and hip muscles")
        }
        return Reason(.s2, "\(phase): \(Words.strengthPurpose(item))")
      }, maxLevel: maxLevel)
  }

  /// Leg numbness from the nerve: in a leg, or in the feet unless diabetic neuropathy explains it.
  static func hasNerveLegSymptoms(_ facts: PatientFacts) -> Bool {
    let numb = facts.profile.numbness
    return numb.contains(.leftLeg) || numb.contains(.rightLeg)
      || (numb.contains(.feet) && !facts.has(.diabetesNeuropathy))
  }

  static func nerveGlide(_ facts: PatientFacts) -> SelectionSlot? {
    let condition = facts.profile.condition
    let radicular =
      condition == .sciaticaDisc
      || ([.piriformisSyndrome, .degenerativeDisc, .pregnancySciatica].contains(condition)
        && hasNerveLegSymptoms(facts))
    guard radicular else { return nil }
    return SelectionSlot(
      role: .nerveGlide, count: 1, mustHave: 1,
      preferred: ["sciatic_nerve_glide_seated", "sciatic_nerve_glide_supine"],
      matches: { $0.has(.nerveGlide) }, rule: .s4,
      why: { _ in Reason(.s4, "leg symptoms from an irritated nerve: a gentle nerve glide (slider)") })
  }

  /// Stretches and mobility that round the program up to its size for pain and phase.
  static func fill(_ facts: PatientFacts, count: Int) -> SelectionSlot {
    var preferred: [String] = []
    let sitting = facts.profile.sittingJob
    if sitting { preferred += ["hip_flexor_standing", "hip_flexor_half_kneeling"] }
    preferred += [
      "knee_to_chest_single", "cat_cow", "lower_trunk_rotation", "piriformis_seated", "hip_flexor_standing",
      "hamstring_seated_chair", "hamstring_strap_supine", "seated_trunk_rotation", "pelvic_tilt_standing_wall",
    ]
    let tier = facts.tier.rawValue
    // Rounding up never adds a directional item against the program's direction.
    let direction: Bias? =
      switch facts.direction {
      case .extension: .extension
      case .flexion: .flexion
      case .unknown: nil
      }
    return SelectionSlot(
      role: .stretch, count: count, preferred: preferred,
      matches: { isMovement($0) && ($0.bias == .neutral || $0.bias == direction) }, rule: .s9,
      why: { item in
        if sitting && item.has(.hipFlexorStretch) {
          return Reason(
            .s9, "rounds out the program for \(tier) dosing; long sitting shortens the muscles at the front of the hip")
        }
        return Reason(.s9, "rounds out the program for \(tier) dosing: \(Words.movementPurpose(item))")
      })
  }

  // MARK: Ice and heat (rules.md (c))

  static func thermalSlots(_ facts: PatientFacts) -> [SelectionSlot] {
    let buttockFirst = facts.profile.condition == .piriformisSyndrome
    let heat =
      buttockFirst
      ? ["heat_pack_buttock", "moist_heat_pack_low_back", "warm_shower", "low_level_heat_wrap"]
      : ["moist_heat_pack_low_back", "warm_shower", "heat_pack_buttock", "low_level_heat_wrap"]
    let cold =
      buttockFirst
      ? ["cold_pack_buttock", "ice_massage_buttock", "cold_pack_low_back"]
      : ["cold_pack_low_back", "cold_pack_buttock", "ice_massage_buttock"]
    let notLeg: @Sendable (CatalogueItem) -> Bool = { $0.kind == .thermal && $0.thermal?.area != .leg }
    let chronic = facts.profile.phase == .chronic
    // In chronic pain the reason is what the heat is for: warming up before the exercises,
    // or comfort when it is used as needed (a wrap worn through the day is not a warm-up).
    let heatWhy: @Sendable (CatalogueItem) -> Reason = { item in
      guard chronic else {
        return Reason(
          .thermal,
          "heat eases pain and stiffness in acute and subacute back pain (ACP 2017, moderate-quality evidence)")
      }
      if item.thermal?.timing == .beforeExercise {
        return Reason(
          .thermal,
          "warmth before stretching makes the muscles easier to stretch (ACSM); in chronic pain heat is a comfort measure, its evidence is for acute and subacute pain"
        )
      }
      if item.thermal?.timing == .morning {
        return Reason(
          .thermal,
          "warmth in the morning eases morning stiffness; in chronic pain heat is a comfort measure, its evidence is for acute and subacute pain"
        )
      }
      return Reason(
        .thermal,
        "in chronic pain heat is a comfort measure, used as needed; its evidence is for acute and subacute pain")
    }
    return [
      SelectionSlot(
        role: .heat, count: 1, preferred: heat, matches: { notLeg($0) && $0.has(.heat) && !$0.has(.cold) },
        rule: .thermal, why: heatWhy),
      SelectionSlot(
        role: .cold, count: 1, preferred: cold, matches: { notLeg($0) && $0.has(.cold) && !$0.has(.heat) },
        rule: .thermal,
        why: { _ in
          Reason(
            .thermal,
            "as needed, after activity or in a flare, when the patient prefers cold to heat (Cochrane 2006: the evidence for cold is weak)"
          )
        }),
    ]
  }
}
