extension Wording {
  // MARK: The plan's facts in words

  /// What a red flag may mean, and why it is urgent when nerve signs raised it.
  public func referralReason(_ reason: ReferralReason) -> String {
    let text = redFlagReason(reason.flag)
    return reason.raisedByNerveSigns ? "\(text) \(withNerveSigns)" : text
  }

  /// What to do now about a red flag.
  public func referralAction(_ reason: ReferralReason) -> String { redFlagAction(reason.urgency) }

  /// One line of advice.
  public func advice(_ advice: Advice) -> String {
    switch advice {
    case .stayActive: return stayActive
    case .stopIfSpreading: return stopIfSpreading
    case .painIsOK: return painIsOK
    case .progressOnlyIfBetter: return progressOnlyIfBetter
    case .piriformisSitting: return piriformisSitting
    case .stenosisWalking: return stenosisWalking
    case .pregnancyWarning: return pregnancyWarning
    case .seeUsAfterBirth: return seeUsAfterBirth
    case .askCarer: return askCarer
    case .urgentSigns: return urgentSigns(bothLegs: false)
    case .urgentSignsBothLegs: return urgentSigns(bothLegs: true)
    case .referralHeadline: return referralHeadline
    case .referralReassurance: return referralReassurance
    }
  }

  /// A note on an item, in words; the item's own cautions come from the catalogue.
  public func note(_ note: PatientNote, of item: CatalogueItem) -> String {
    switch note {
    case .substitute(let equipment): return substitute(for: equipment) ?? ""
    case .caution(let condition): return item.cautions.first { $0.condition == condition }?.text ?? ""
    case .operatedHip(let hip): return operatedHipSafety(hip)
    case .frequentSkinChecks: return frequentSkinChecks
    case .checkFeet: return checkFeet
    }
  }

  /// What to use at home instead of missing equipment.
  public func substitute(for equipment: Equipment) -> String? {
    switch equipment {
    case .strap: return substituteStrap
    case .pillow: return substitutePillow
    default: return nil
    }
  }

  /// How often, beyond the number a day: the item's own note, or walking's growth.
  public func doseNote(_ dose: PlannedDose, of item: CatalogueItem) -> String? {
    switch dose.note {
    case .item: return item.dose.frequencyNote
    case .walkingGrows: return walkingGrows
    case nil: return nil
    }
  }

  /// A week's change in words; `name` gives an item's name from its id.
  public func change(_ change: WeekChange, name: (String) -> String) -> String {
    switch change {
    case .longerWalk(let minutes): return longerWalk(minutes)
    case .longerHold(let item, let seconds): return longerHold(name(item), seconds)
    case .moreReps(let item, let dose, let side): return moreReps(name(item), self.dose(dose, sided: side))
    case .harderVariant(let from, let to): return harderVariant(name(from), name(to))
    }
  }

  // MARK: The catalogue's texts, looked up through the wording

  /// An item's name as printed.
  public func name(of item: CatalogueItem) -> String { item.name }

  /// An item's name from its id, or the id when the catalogue does not have it.
  public func name(of id: String, in catalogue: Catalogue) -> String {
    catalogue[id].map(name(of:)) ?? id
  }

  /// The numbered steps as printed for a planned item (its precaution's variant, the dose's
  /// numbers filled in), each frame marker in the wording's form ("(1 → 2)") when the printed
  /// picture has numbered frames, left out when it has one.
  public func steps(of item: CatalogueItem, for planned: PlannedItem) -> [String] {
    let framed = item.printedFigure(for: planned)?.end != nil
    return item.printedSteps(for: planned).map { step in
      let (text, mark) = FrameMark.split(step)
      guard framed, let mark else { return text }
      // A no-break space: the pointer stays with the step's last word.
      return text + "\u{00A0}" + frameReference(mark)
    }
  }

  /// A step's pointer to the picture's frames, in words.
  public func frameReference(_ mark: FrameMark) -> String {
    guard let to = mark.to else { return fill(frameSetUp, ["frame": frameNumber(mark.from)]) }
    return fill(frameMove, ["from": frameNumber(mark.from), "to": frameNumber(to)])
  }

  public func feel(of item: CatalogueItem) -> String { item.feel }
  public func stopIf(of item: CatalogueItem) -> [String] { item.stopIf }
  public func summary(of item: CatalogueItem) -> String { item.summary }
  public func useWhen(of item: CatalogueItem) -> String? { item.thermal?.useWhen }
  public func barrier(of item: CatalogueItem) -> String? { item.thermal?.barrier }

  /// The `do_not_use` lines that apply to this planned item's patient.
  public func doNotUse(of item: CatalogueItem, for planned: PlannedItem) -> [String] {
    item.printedDoNotUse(for: planned)
  }
}
