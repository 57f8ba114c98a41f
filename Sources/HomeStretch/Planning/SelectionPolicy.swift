/// Which jobs a patient's program has and which items fill them, by condition (rules S1-S4,
/// S7, S10), in the priority order of rule S11.
enum SelectionPolicy {
  /// The slots filled before the program is rounded up with ``fill(_:count:)`` and ice and
  /// heat are added with ``thermalSlots(_:)``.
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
          role: .directional, count: 1, preferred: preferred,
          matches: { isMovement($0) && $0.has(.extensionBias) }, why: why))
    case .flexion:
      let why =
        profile.condition == .lumbarStenosis
        ? Reason(.s3, "flexion bias for lumbar stenosis: bending forward opens the space for the nerves")
        : Reason(.s3, "flexion eased or centralised the symptoms at assessment")
      slots.append(
        SelectionSlot(
          role: .directional, count: profile.condition == .lumbarStenosis ? 2 : 1,
          preferred: [
            "posterior_pelvic_tilt_supine", "pelvic_tilt_standing_wall", "knee_to_chest_single",
            "seated_flexion_stretch", "knee_to_chest_double",
          ],
          matches: { isMovement($0) && $0.has(.flexionBias) }, why: why))
    case .unknown:
      if profile.condition == .nonspecificLBP || profile.condition == .pregnancySciatica {
        let why =
          profile.condition == .pregnancySciatica
          ? Reason(.s7, "gentle movement on hands and knees, sitting or standing suits pregnancy")
          : Reason(.s3, "no directional preference: a gentle neutral movement of the back")
        slots.append(
          SelectionSlot(
            role: .condition, count: 1,
            preferred: [
              "cat_cow", "pelvic_tilt_standing_wall", "lower_trunk_rotation", "posterior_pelvic_tilt_supine",
            ],
            matches: { $0.kind == .mobility && ($0.bias == .neutral || $0.bias == .flexion) }, why: why))
      }
    }
    if profile.condition == .piriformisSyndrome || profile.condition == .pregnancySciatica {
      let preferred =
        profile.sittingJob || profile.condition == .pregnancySciatica
        ? ["piriformis_seated", "piriformis_supine_figure4", "piriformis_standing_figure4"]
        : ["piriformis_supine_figure4", "piriformis_seated", "piriformis_standing_figure4"]
      let why =
        profile.condition == .piriformisSyndrome
        ? Reason(.s3, "piriformis syndrome: stretch the piriformis on the affected side")
        : Reason(.s7, "a gentle buttock stretch for pregnancy-related sciatica, sitting or standing")
      slots.append(
        SelectionSlot(
          role: .condition, count: 1, preferred: preferred, matches: { $0.has(.piriformisStretch) }, why: why))
    }
    return slots
  }

  // MARK: Walking and habits (S1, S10)

  static func walking(_ facts: PatientFacts) -> SelectionSlot {
    let text =
      facts.profile.condition == .lumbarStenosis
      ? "every plan includes walking; in stenosis short bouts with rests, leaning forward if it helps"
      : "every plan includes walking and staying active"
    return SelectionSlot(
      role: .walking, count: 1, preferred: ["walking"], matches: { $0.has(.walking) },
      why: Reason(.s1, text), mandatory: true)
  }

  static func habitSlots(_ facts: PatientFacts) -> [SelectionSlot] {
    var slots: [SelectionSlot] = []
    let profile = facts.profile
    if profile.sittingJob {
      slots.append(
        SelectionSlot(
          role: .sittingBreaks, count: 1, preferred: ["sitting_breaks_desk"],
          matches: { $0.has(.sittingBreaks) },
          why: Reason(.s10, "a sitting job: stand up and move every 20 to 30 minutes")))
      if facts.direction == .extension && profile.condition.isDisc {
        slots.append(
          SelectionSlot(
            role: .habit, count: 1, preferred: ["lumbar_roll_sitting"],
            matches: { $0.kind == .habit && $0.has(.extensionBias) },
            why: Reason(.s3, "keeps the low back's curve while sitting, in line with the extension bias")))
      }
    }
    if facts.pregnant {
      slots.append(
        SelectionSlot(
          role: .habit, count: 1, preferred: ["side_lying_rest_with_pillow"],
          matches: { $0.kind == .habit && $0.position == .sideLying },
          why: Reason(.s7, "lying on the side with pillows is the rest position in pregnancy")))
    }
    return slots
  }

  // MARK: Strengthening and nerve glides (S2, S3, S4)

  static func strengthening(_ facts: PatientFacts) -> SelectionSlot {
    let profile = facts.profile
    var preferred = ["abdominal_bracing", "glute_bridge", "bird_dog", "sit_to_stand", "standing_hip_abduction"]
    var why: Reason
    switch profile.phase {
    case .chronic: why = Reason(.s2, "chronic pain: the plan includes strengthening and trunk control")
    case .subacute: why = Reason(.s2, "subacute pain: gentle strengthening is usually included")
    case .acute: why = Reason(.s2, "acute pain: gentle muscle activation only")
    }
    if profile.condition == .piriformisSyndrome {
      preferred = ["clamshell", "glute_bridge", "standing_hip_abduction", "sit_to_stand"]
      why = Reason(.s3, "piriformis syndrome: strengthen the buttock muscles")
    } else if facts.has(.osteoporosis) {
      preferred = ["prone_superman_light", "sit_to_stand", "standing_hip_abduction", "abdominal_bracing"]
      why = Reason(.s6, "osteoporosis: back-extensor and sit-to-stand strengthening are recommended")
    } else if facts.pregnant {
      preferred = ["abdominal_bracing", "standing_hip_abduction", "sit_to_stand", "bird_dog"]
    }
    if facts.tier == .gentle {
      preferred.insert("abdominal_bracing", at: 0)
    }
    return SelectionSlot(
      role: .strengthening, count: facts.tier.strengtheningCount, preferred: preferred,
      matches: { $0.kind == .strengthening }, why: why)
  }

  static func hasLegSymptoms(_ facts: PatientFacts) -> Bool {
    facts.profile.numbness.contains { $0 == .leftLeg || $0 == .rightLeg || $0 == .feet }
  }

  static func nerveGlide(_ facts: PatientFacts) -> SelectionSlot? {
    let condition = facts.profile.condition
    let radicular =
      condition == .sciaticaDisc
      || ((condition == .piriformisSyndrome || condition == .degenerativeDisc) && hasLegSymptoms(facts))
    guard radicular else { return nil }
    return SelectionSlot(
      role: .nerveGlide, count: 1, preferred: ["sciatic_nerve_glide_seated", "sciatic_nerve_glide_supine"],
      matches: { $0.has(.nerveGlide) },
      why: Reason(.s4, "leg symptoms from an irritated nerve: a gentle nerve glide (slider)"))
  }

  /// Stretches and mobility that round the program up to its size for pain and phase.
  static func fill(_ facts: PatientFacts, count: Int) -> SelectionSlot {
    var preferred: [String] = []
    if facts.profile.sittingJob { preferred += ["hip_flexor_standing", "hip_flexor_half_kneeling"] }
    preferred += [
      "knee_to_chest_single", "cat_cow", "lower_trunk_rotation", "piriformis_seated", "hip_flexor_standing",
      "hamstring_seated_chair", "hamstring_strap_supine", "seated_trunk_rotation", "pelvic_tilt_standing_wall",
    ]
    let why =
      facts.profile.sittingJob
      ? Reason(.s9, "rounds out the program for \(facts.tier.rawValue) dosing; long sitting tightens the hips")
      : Reason(.s9, "rounds out the program for \(facts.tier.rawValue) dosing")
    // Rounding up never adds a directional item against the program's direction.
    let direction: Bias? =
      switch facts.direction {
      case .extension: .extension
      case .flexion: .flexion
      case .unknown: nil
      }
    return SelectionSlot(
      role: .stretch, count: count, preferred: preferred,
      matches: { isMovement($0) && ($0.bias == .neutral || $0.bias == direction) }, why: why)
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
    return [
      SelectionSlot(
        role: .heat, count: 1, preferred: heat, matches: { notLeg($0) && $0.has(.heat) && !$0.has(.cold) },
        why: Reason(
          .thermal, "heat eases pain and stiffness in acute and subacute back pain (ACP 2017, moderate evidence)")),
      SelectionSlot(
        role: .cold, count: 1, preferred: cold, matches: { notLeg($0) && $0.has(.cold) && !$0.has(.heat) },
        why: Reason(.thermal, "cold after activity or in a flare, if the patient prefers it to heat")),
    ]
  }
}
