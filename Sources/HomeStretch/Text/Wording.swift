/// The words of one language for everything a patient reads: the sentences the program
/// writes itself, its plural rules, dates and list joining, and the catalogue's texts looked
/// up through it. One value is chosen per render (per request in a server) and passed to
/// whatever prints; the plan itself holds only facts, so a stored plan prints in any
/// language. English is US English throughout.
///
///     let wording = Wording.english
///     wording.dose(plan.items[0].dose, sided: .right)   // "3 × 30-second hold, twice a day"
public struct Wording: Hashable, Sendable {
  /// The BCP 47 tag of the language: "en-US".
  public var language = "en-US"

  /// US English, the handout's language today.
  public static let english = Wording()

  public init() {}
  // MARK: Conditions, one plain sentence each

  public func condition(_ condition: Condition) -> String {
    switch condition {
    case .sciaticaDisc:
      return "A disc in your lower back is pressing on a nerve, which sends pain down your leg (sciatica)."
    case .piriformisSyndrome:
      return "A deep muscle in your buttock (the piriformis) is tight and irritates the nerve that runs past it."
    case .lumbarStenosis:
      return "The space for the nerves in your lower back has narrowed, so standing and walking can bring on leg pain."
    case .degenerativeDisc:
      return "The discs in your lower back have worn with age, which can cause back pain and sometimes leg pain."
    case .nonspecificLBP:
      return
        "Your lower back is sore and stiff, but no nerve is trapped. This is common, and it usually settles with activity."
    case .pregnancySciatica:
      return "Changes in your body during pregnancy are causing pain in your lower back, buttock or leg."
    }
  }

  // MARK: Advice printed on every plan

  public var stayActive =
    "Keep up your normal daily activities as well as you can. Gentle movement helps your back heal faster than rest."
  public var stopIfSpreading =
    "Stop any exercise that sends pain further down your leg, or gives you new numbness, tingling or weakness, and call us."
  public var painIsOK =
    "A little extra soreness that settles within 1 to 2 hours is fine. If pain is 2 points higher the next morning, go back to last week's dose."
  public var progressOnlyIfBetter =
    "Move on to next week's dose only if your pain is the same or better and no pain has spread down your leg."
  /// When to get urgent help: what is new or worse, never what the patient already has
  /// (`bothLegs` when the legs are already both affected, as in stenosis).
  public func urgentSigns(bothLegs: Bool) -> String {
    let legs =
      bothLegs ? "or the pain or numbness in your legs gets worse" : "or new pain or numbness in both legs"
    return
      "Get urgent help if you have new numbness around your bottom, new bladder or bowel changes, weakness that gets worse, \(legs)."
  }
  public var pregnancyWarning =
    "Stop and call your midwife or doctor if you have bleeding, leaking fluid, regular painful tightenings, a sore or swollen calf, chest pain or dizziness."
  public var seeUsAfterBirth =
    "This program stops when your baby is due. Please see us after the birth for a new program."
  public var askCarer =
    "Ask a family member or carer to help you with these exercises and to read this sheet with you."
  public var piriformisSitting =
    "Sit on a cushion rather than a hard seat, and never sit on a wallet in your back pocket."
  public var stenosisWalking =
    "Walk in short bouts with rests. Leaning forward on a shopping cart or walker often eases the leg pain."

  // MARK: Equipment substitutes (rule S12)

  public var substituteStrap = "No strap? Use a towel, a bathrobe belt or a dog leash instead."
  /// Heat with diabetic nerve damage: the skin is checked often.
  public var frequentSkinChecks =
    "Check your skin every 5 minutes and take the pack off if it looks red. Nerve damage from diabetes can stop you feeling a burn."
  /// Walking with numb feet.
  public var checkFeet = "Check your feet and shoes every day for blisters, cuts or red spots. You may not feel them."
  public var substitutePillow = "No pillow? Use a folded towel instead."

  // MARK: Red flags: what the sign may mean and what to do

  public func redFlagReason(_ flag: RedFlag) -> String {
    switch flag {
    case .saddleAnaesthesia:
      return
        "Numbness around your bottom, genitals or inner thighs can mean the nerves at the base of your spine are badly squeezed."
    case .bladderBowelChange:
      return "New changes in bladder or bowel control can mean the nerves at the base of your spine are badly squeezed."
    case .progressiveWeakness:
      return "Weakness in your leg or foot that is getting worse means a nerve is under serious pressure."
    case .fever:
      return "Fever or feeling unwell together with back pain can mean an infection."
    case .weightLoss:
      return "Weight loss you cannot explain, together with back pain, needs to be checked by a doctor."
    case .cancerHistory:
      return "With a past history of cancer, new back pain needs to be checked by a doctor first."
    case .majorTrauma:
      return "After a serious fall or accident, the bones of the spine need to be checked before you exercise."
    case .ivDrugUse:
      return "Back pain after injecting drugs can mean an infection near the spine."
    case .immunosuppression:
      return "When your immune system is weakened by medicine or illness, back pain can mean an infection."
    case .minorTraumaFractureRisk:
      return
        "After a fall or a strain, even a small one, a bone in the spine can break when bones are thin, after long use of steroid medicine, or over the age of 70."
    case .bilateralLegNumbness:
      return "Numbness in both legs can mean the nerves in your lower back are under serious pressure."
    }
  }

  /// Added to a reason whose urgency the nerve signs raised.
  public var withNerveSigns =
    "Together with the numbness or weakness in your leg, it needs to be checked today."

  public func redFlagAction(_ urgency: ReferralReason.Urgency) -> String {
    switch urgency {
    case .emergency:
      return "Go to the emergency department now. Do not wait for an appointment."
    case .sameDay:
      return "See a doctor today: call your doctor's office or go to urgent care."
    case .soon:
      return "Book an appointment with your doctor within the next few days, and tell them about your back pain."
    }
  }

  public var referralHeadline =
    "Please do not start exercises yet. Some of what you told us needs a doctor to check first."
  public var referralReassurance =
    "Most back pain is not serious. These signs need a doctor to check them quickly, so that anything serious is found and treated early."

  // MARK: Doses in words

  /// "3 × 30-second hold", "2 sets of 10", "15 minutes", and how often.
  public func dose(_ dose: PlannedDose, sided: AppliedSide) -> String {
    var parts: [String] = []
    if let minutes = dose.minutes {
      parts.append(minutes >= 120 ? "up to \(minutes / 60) hours" : "\(minutes) minute\(minutes == 1 ? "" : "s")")
    } else {
      let reps = dose.reps ?? 1
      let sets = dose.sets ?? 1
      if let hold = dose.holdSeconds, hold >= 10 {
        parts.append(sets > 1 ? "\(sets) sets of \(reps) × \(hold)-second hold" : "\(reps) × \(hold)-second hold")
      } else {
        var text = sets > 1 ? "\(sets) sets of \(reps)" : "\(reps) time\(reps == 1 ? "" : "s")"
        if let hold = dose.holdSeconds { text += ", hold \(hold) seconds" }
        parts.append(text)
      }
    }
    switch sided {
    case .both: parts.append("each side")
    case .left, .right, .none: break
    }
    parts.append(dose.asNeeded ? whenNeeded : timesPerDay(dose.timesPerDay))
    return parts.joined(separator: ", ")
  }

  public var whenNeeded = "when you need it"
  /// Walking's note when the plan makes it longer each week.
  public var walkingGrows = "Every day. Your plan adds a little time each week."
  /// How a pack placed in a rest is used: lying down after the session, not before it.
  public var asRest = "Use it as a rest: lie down with it after your exercises"
  /// How heat before the session is used: it warms the muscles for the stretches.
  public var beforeExercises = "Use it just before your exercises"

  /// The note that keeps an operated hip safe while the other side works (rule S5).
  public func operatedHipSafety(_ hip: BodySide) -> String {
    "Keep your \(hip.rawValue) hip safe, the one with the operation. Keep that foot on the floor. Do not pull that knee to your chest or cross that leg. Sit up straight and do not lean forward."
  }

  public func timesPerDay(_ times: Int) -> String {
    switch times {
    case 1: return "once a day"
    case 2: return "twice a day"
    default: return "\(times) times a day"
    }
  }

  public func session(_ name: SessionName) -> String {
    switch name {
    case .morning: return "Morning"
    case .midday: return "Midday"
    case .evening: return "Evening"
    case .throughTheDay: return "Through the day"
    }
  }

  // MARK: Progression in words

  public func longerHold(_ name: String, _ seconds: Int) -> String {
    "\(name): hold for \(seconds) seconds."
  }
  public func moreReps(_ name: String, _ dose: String) -> String { "\(name): now \(dose)." }
  public func harderVariant(_ from: String, _ to: String) -> String {
    "\(from) moves on to \(to)."
  }
  public func longerWalk(_ minutes: Int) -> String { "Walking: \(minutes) minutes each time." }

  // MARK: The printed handout

  public var coverTitle = "Your home exercise program"
  public var forPatient = "For"
  public var whatIsGoingOn = "What is going on"
  public var atAGlance = "Your program at a glance"
  public var columnExercise = "Exercise"
  public var columnHowMuch = "How much"
  public var columnWhen = "When"
  public var stopAndCall = "Stop and call us if"
  /// The "stop and call us if" lines: each speaks of what is new or worse.
  public func stopSigns(bothLegs: Bool) -> [String] {
    [
      bothLegs ? "Pain spreads further down either leg." : "Pain spreads further down your leg.",
      "You get new or worse numbness, tingling or weakness in your leg or foot.",
      "You notice new changes in bladder or bowel control, or new numbness between your legs or around your bottom: go to the emergency department now.",
      bothLegs
        ? "The pain or numbness in your legs gets worse, or your walking becomes unsteady."
        : "Pain or numbness starts in your other leg too, or your walking becomes unsteady.",
    ]
  }
  public var iceAndHeat = "Ice and heat"
  public var iceAndHeatIntro =
    "Use these only as written here. Always put a cloth between the pack and your skin, and check your skin after 5 minutes."
  public var goodToKnow = "Good to know"
  public var notesFromTherapist = "Notes from your therapist"
  public var yourExercises = "Your exercises"
  public var howMuch = "How much"
  public var youShouldFeel = "You should feel"
  public var stopIf = "Stop if"
  public var putItOn = "Where it goes"
  public var barrier = "Protect your skin"
  public var useWhen = "Use it"
  public var doNotUse = "Do not use it"
  public var weeklyTracker = "Weekly tracker"
  public var trackerInstructions =
    "Tick a box each time you do it. Write your pain from 0 (none) to 10 (worst) each evening. Put this sheet on your fridge."
  public var painRow = "Pain today (0-10)"
  public var severalBoxes =
    "When a day has more than one box, tick them in order through the day: morning first."
  public var notesForTherapist = "Notes for your therapist"
  public var newThisWeek = "New this week"
  public var programGrows = "How your program grows"
  public var programGrowsIntro =
    "Each week your exercises get a little harder. Move on only if your pain is the same or better."

  public func weekFrom(_ week: Int, _ date: CalendarDate) -> String {
    "Week \(week), from \(shortDate(date))"
  }

  public func moreChanges(_ count: Int) -> String {
    "…and \(count) more: see “\(programGrows)” at the front."
  }
  public var referralTitle = "Please see a doctor before you start exercising"
  public var whatToDoNow = "What to do now"
  public var whyWeAreReferring = "Why"
  public var bringThisSheet = "Take this sheet with you and show it to the doctor or nurse."
  public var callUs = "Questions? Call us"
  public var creator = "HomeStretch"

  public func weekTitle(_ week: Int, from: CalendarDate, to: CalendarDate) -> String {
    "Week \(week): \(shortDate(from)) to \(shortDate(to))"
  }

  public func startsOn(_ date: CalendarDate, weeks: Int) -> String {
    "Starts \(longDate(date)) · \(weeks) week\(weeks == 1 ? "" : "s")"
  }

  public func pageOf(_ page: Int, _ total: Int) -> String { "Page \(page) of \(total)" }

  public func documentTitle(_ name: String) -> String { "Home exercise program for \(name)" }
  public func referralDocumentTitle(_ name: String) -> String { "Referral advice for \(name)" }

  public func cardNumber(_ number: Int) -> String { "\(number)" }

  /// "RIGHT leg", "LEFT buttock", "BOTH legs": printed on a card so the side is never missed.
  public func sideLabel(_ side: AppliedSide, area: ThermalArea?) -> String? {
    let part: (one: String, both: String) =
      switch area {
      case .buttock: ("buttock", "buttocks")
      case .leg, .none: ("leg", "legs")
      case .lowBack, .lowBackAndButtocks: ("side", "sides")
      }
    switch side {
    case .left: return "LEFT \(part.one)"
    case .right: return "RIGHT \(part.one)"
    case .both: return "BOTH \(part.both)"
    case .none: return nil
    }
  }

  /// The heading of the catalogue's contact sheet.
  public func contactSheetTitle(_ count: Int) -> String { "HomeStretch catalogue: \(count) figures" }

  /// The minutes under the timer of an ice or heat picture.
  public func figureMinutes(_ minutes: Int) -> String {
    guard minutes >= 60 else { return "\(minutes) min" }
    let hours = "\(minutes / 60) h"
    return minutes % 60 == 0 ? hours : "\(hours) \(minutes % 60) min"
  }

  /// The line under an exercise picture that ties the drawn side to the patient's side, so
  /// the words and the picture agree. Nil when the item has no side.
  public func figureCaption(_ side: AppliedSide, limb: String?) -> String? {
    switch (side, limb) {
    case (.left, .some(let limb)): return "Dark \(limb): your LEFT \(limb)"
    case (.right, .some(let limb)): return "Dark \(limb): your RIGHT \(limb)"
    case (.left, .none): return "Shown on your LEFT side"
    case (.right, .none): return "Shown on your RIGHT side"
    case (.both, _): return "Right side shown. Repeat on the left."
    case (.none, _): return nil
    }
  }

  /// Where ice and heat must never go for this patient, from the numb areas.
  public func neverThermal(on numbness: [NumbnessArea]) -> String? {
    guard !numbness.isEmpty else { return nil }
    let words = numbness.map { area -> String in
      switch area {
      case .leftLeg: return "your left leg"
      case .rightLeg: return "your right leg"
      case .leftButtock: return "your left buttock"
      case .rightButtock: return "your right buttock"
      case .lowBack: return "your lower back"
      case .feet: return "your feet or legs"
      }
    }
    return
      "Never put ice or heat on \(list(words)): it is numb there, so you could burn or freeze the skin without feeling it."
  }

  /// "a", "a and b", "a, b and c".
  public func list(_ words: [String]) -> String {
    switch words.count {
    case 0: return ""
    case 1: return words[0]
    default: return words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
    }
  }

  // MARK: Dates

  var monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  public func weekdayName(_ day: Weekday) -> String {
    day.rawValue.prefix(1).uppercased() + day.rawValue.dropFirst()
  }

  public func weekdayShort(_ day: Weekday) -> String { String(weekdayName(day).prefix(3)) }

  /// "Monday 23 November 2026".
  public func longDate(_ date: CalendarDate) -> String {
    "\(weekdayName(date.weekday)) \(date.day) \(monthNames[date.month - 1]) \(date.year)"
  }

  /// "23 Nov".
  public func shortDate(_ date: CalendarDate) -> String {
    "\(date.day) \(monthNames[date.month - 1].prefix(3))"
  }

  /// When an item is done, from its days and sessions: "Every day: morning and evening".
  public func when(days: [Weekday], sessions: [SessionName]) -> String {
    let sessionWords = list(sessions.map { session(for: $0) })
    let dayWords: String
    if days.count == 7 {
      dayWords = "Every day"
    } else if days == [.monday, .tuesday, .wednesday, .thursday, .friday] {
      dayWords = "Working days"
    } else {
      dayWords = days.map(weekdayShort).joined(separator: ", ")
    }
    return sessionWords.isEmpty ? dayWords : "\(dayWords): \(sessionWords)"
  }

  func session(for name: SessionName) -> String {
    switch name {
    case .morning: return "morning"
    case .midday: return "midday"
    case .evening: return "evening"
    case .throughTheDay: return "through the day"
    }
  }
}
