/// The words of one language for everything a patient reads: the sentences the program
/// writes itself, its plural rules, dates and list joining, and the catalogue's texts looked
/// up through it. One value is chosen per render (per request in a server) and passed to
/// whatever prints; the plan itself holds only facts, so a stored plan prints in any
/// language. English is US English throughout.
///
/// Every text is a stored value: whole sentences, or templates whose `{placeholders}` the
/// functions fill (``fill(_:_:)``), plurals as ``Plural`` pairs, dates as patterns. So a
/// second language is a second set of these values (`var words = Wording(); words.stayActive
/// = …`), and the functions, the only code, are shared by every language.
///
///     let wording = Wording.english
///     wording.dose(plan.items[0].dose, sided: .right)   // "3 × 30-second hold, twice a day"
public struct Wording: Hashable, Sendable {
  /// The BCP 47 tag of the language: "en-US".
  public var language = "en-US"

  /// US English, the handout's language today.
  public static let english = Wording()

  public init() {}

  /// The words of the ice and heat captions under the pictures.
  public var pictureWords = PictureWords()

  // MARK: Conditions, one plain sentence each

  public var conditions: [Condition: String] = [
    .sciaticaDisc: "A disc in your lower back is pressing on a nerve, which sends pain down your leg (sciatica).",
    .piriformisSyndrome:
      "A deep muscle in your buttock (the piriformis) is tight and irritates the nerve that runs past it.",
    .lumbarStenosis:
      "The space for the nerves in your lower back has narrowed, so standing and walking can bring on leg pain.",
    .degenerativeDisc:
      "The discs in your lower back have worn with age, which can cause back pain and sometimes leg pain.",
    .nonspecificLBP:
      "Your lower back is sore and stiff, but no nerve is trapped. This is common, and it usually settles with activity.",
    .pregnancySciatica: "Changes in your body during pregnancy are causing pain in your lower back, buttock or leg.",
  ]

  public func condition(_ condition: Condition) -> String { conditions[condition] ?? "" }

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
  /// (the second when the legs are already both affected, as in stenosis).
  public var urgentSigns =
    "Get urgent help if you have new numbness around your bottom, new bladder or bowel changes, weakness that gets worse, or new pain or numbness in both legs."
  public var urgentSignsBothLegs =
    "Get urgent help if you have new numbness around your bottom, new bladder or bowel changes, weakness that gets worse, or the pain or numbness in your legs gets worse."

  public func urgentSigns(bothLegs: Bool) -> String { bothLegs ? urgentSignsBothLegs : urgentSigns }
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

  public var redFlagReasons: [RedFlag: String] = [
    .saddleAnaesthesia:
      "Numbness around your bottom, genitals or inner thighs can mean the nerves at the base of your spine are badly squeezed.",
    .bladderBowelChange:
      "New changes in bladder or bowel control can mean the nerves at the base of your spine are badly squeezed.",
    .progressiveWeakness: "Weakness in your leg or foot that is getting worse means a nerve is under serious pressure.",
    .fever: "Fever or feeling unwell together with back pain can mean an infection.",
    .weightLoss: "Weight loss you cannot explain, together with back pain, needs to be checked by a doctor.",
    .cancerHistory: "With a past history of cancer, new back pain needs to be checked by a doctor first.",
    .majorTrauma: "After a serious fall or accident, the bones of the spine need to be checked before you exercise.",
    .ivDrugUse: "Back pain after injecting drugs can mean an infection near the spine.",
    .immunosuppression: "When your immune system is weakened by medicine or illness, back pain can mean an infection.",
    .minorTraumaFractureRisk:
      "After a fall or a strain, even a small one, a bone in the spine can break when bones are thin, after long use of steroid medicine, or over the age of 70.",
    .bilateralLegNumbness: "Numbness in both legs can mean the nerves in your lower back are under serious pressure.",
  ]

  public func redFlagReason(_ flag: RedFlag) -> String { redFlagReasons[flag] ?? "" }

  /// Added to a reason whose urgency the nerve signs raised.
  public var withNerveSigns =
    "Together with the numbness or weakness in your leg, it needs to be checked today."

  public var redFlagActions: [ReferralReason.Urgency: String] = [
    .emergency: "Go to the emergency department now. Do not wait for an appointment.",
    .sameDay: "See a doctor today: call your doctor's office or go to urgent care.",
    .soon: "Book an appointment with your doctor within the next few days, and tell them about your back pain.",
  ]

  public func redFlagAction(_ urgency: ReferralReason.Urgency) -> String { redFlagActions[urgency] ?? "" }

  public var referralHeadline =
    "Please do not start exercises yet. Some of what you told us needs a doctor to check first."
  public var referralReassurance =
    "Most back pain is not serious. These signs need a doctor to check them quickly, so that anything serious is found and treated early."

  // MARK: Doses in words

  public var doseMinutes = Plural(one: "{n} minute", other: "{n} minutes")
  /// Two hours and more, as hours.
  public var doseHours = Plural(one: "up to {n} hour", other: "up to {n} hours")
  /// A hold of 10 seconds or more: "3 × 30-second hold", with sets "2 sets of 3 × 30-second hold".
  public var doseHold = "{reps} × {hold}-second hold"
  public var doseSetsOfHold = "{sets} sets of {reps} × {hold}-second hold"
  public var doseTimes = Plural(one: "{n} time", other: "{n} times")
  public var doseSets = "{sets} sets of {reps}"
  /// A short hold added to the repetitions: "2 sets of 10, hold 5 seconds".
  public var doseShortHold = Plural(one: "{dose}, hold {n} second", other: "{dose}, hold {n} seconds")
  public var eachSide = "each side"
  /// Between the parts of a dose: amount, side, how often.
  public var doseSeparator = ", "

  /// "3 × 30-second hold", "2 sets of 10", "15 minutes", and how often.
  public func dose(_ dose: PlannedDose, sided: AppliedSide) -> String {
    var parts: [String] = []
    if let minutes = dose.minutes {
      parts.append(minutes >= 120 ? doseHours(minutes / 60) : doseMinutes(minutes))
    } else {
      let reps = dose.reps ?? 1
      let sets = dose.sets ?? 1
      let numbers = ["sets": "\(sets)", "reps": "\(reps)"]
      if let hold = dose.holdSeconds, hold >= 10 {
        parts.append(fill(sets > 1 ? doseSetsOfHold : doseHold, numbers.merging(["hold": "\(hold)"]) { $1 }))
      } else {
        let text = sets > 1 ? fill(doseSets, numbers) : doseTimes(reps)
        parts.append(dose.holdSeconds.map { doseShortHold($0, ["dose": text]) } ?? text)
      }
    }
    switch sided {
    case .both: parts.append(eachSide)
    case .left, .right, .none: break
    }
    parts.append(dose.asNeeded ? whenNeeded : timesPerDay(dose.timesPerDay))
    return parts.joined(separator: doseSeparator)
  }

  public var whenNeeded = "when you need it"
  /// Walking's note when the plan makes it longer each week.
  public var walkingGrows = "Every day. Your plan adds a little time each week."
  /// How a pack placed in a rest is used: lying down after the session, not before it.
  public var asRest = "Use it as a rest: lie down with it after your exercises"
  /// How heat before the session is used: it warms the muscles for the stretches.
  public var beforeExercises = "Use it just before your exercises"

  /// The note that keeps an operated hip safe while the other side works (rule S5).
  public var operatedHip =
    "Keep your {side} hip safe, the one with the operation. Keep that foot on the floor. Do not pull that knee to your chest or cross that leg. Sit up straight and do not lean forward."
  /// A side of the body inside a sentence: "your {side} hip".
  public var sideWords: [BodySide: String] = [.left: "left", .right: "right"]

  public func operatedHipSafety(_ hip: BodySide) -> String {
    fill(operatedHip, ["side": sideWords[hip] ?? hip.rawValue])
  }

  /// How many times a day: the words for the small numbers, a template for the rest.
  public var timesPerDayWords: [Int: String] = [1: "once a day", 2: "twice a day"]
  public var timesPerDayOther = "{n} times a day"

  public func timesPerDay(_ times: Int) -> String {
    timesPerDayWords[times] ?? fill(timesPerDayOther, ["n": "\(times)"])
  }

  /// A session as a heading ("Morning"), and inside a sentence ("morning").
  public var sessionTitles: [SessionName: String] = [
    .morning: "Morning", .midday: "Midday", .evening: "Evening", .throughTheDay: "Through the day",
  ]
  public var sessionWords: [SessionName: String] = [
    .morning: "morning", .midday: "midday", .evening: "evening", .throughTheDay: "through the day",
  ]

  public func session(_ name: SessionName) -> String { sessionTitles[name] ?? name.rawValue }

  // MARK: Progression in words

  public var longerHoldChange = "{item}: hold for {seconds} seconds."
  public var moreRepsChange = "{item}: now {dose}."
  public var harderVariantChange = "{from} moves on to {to}."
  public var longerWalkChange = Plural(one: "Walking: {n} minute each time.", other: "Walking: {n} minutes each time.")

  public func longerHold(_ name: String, _ seconds: Int) -> String {
    fill(longerHoldChange, ["item": name, "seconds": "\(seconds)"])
  }
  public func moreReps(_ name: String, _ dose: String) -> String { fill(moreRepsChange, ["item": name, "dose": dose]) }
  public func harderVariant(_ from: String, _ to: String) -> String {
    fill(harderVariantChange, ["from": from, "to": to])
  }
  public func longerWalk(_ minutes: Int) -> String { longerWalkChange(minutes) }

  // MARK: The printed handout

  public var coverTitle = "Your home exercise program"
  public var forPatient = "For"
  public var whatIsGoingOn = "What is going on"
  public var atAGlance = "Your program at a glance"
  public var columnExercise = "Exercise"
  public var columnHowMuch = "How much"
  public var columnWhen = "When"
  public var stopAndCall = "Stop and call us if"
  /// The "stop and call us if" lines: each speaks of what is new or worse; the second set
  /// when both legs are already affected.
  public var stopSignLines = [
    "Pain spreads further down your leg.",
    "You get new or worse numbness, tingling or weakness in your leg or foot.",
    "You notice new changes in bladder or bowel control, or new numbness between your legs or around your bottom: go to the emergency department now.",
    "Pain or numbness starts in your other leg too, or your walking becomes unsteady.",
  ]
  public var stopSignLinesBothLegs = [
    "Pain spreads further down either leg.",
    "You get new or worse numbness, tingling or weakness in your leg or foot.",
    "You notice new changes in bladder or bowel control, or new numbness between your legs or around your bottom: go to the emergency department now.",
    "The pain or numbness in your legs gets worse, or your walking becomes unsteady.",
  ]

  public func stopSigns(bothLegs: Bool) -> [String] { bothLegs ? stopSignLinesBothLegs : stopSignLines }
  public var iceAndHeat = "Ice and heat"
  public var iceAndHeatIntro =
    "Use these only as written here. Always put a cloth between the pack and your skin, and check your skin after 5 minutes."
  public var goodToKnow = "Good to know"
  /// The title over the second part of a card too tall for one page.
  public var cardContinued = "{title} (continued)"
  public var notesFromTherapist = "Notes from your therapist"
  public var yourExercises = "Your exercises"
  public var howMuch = "How much"
  public var youShouldFeel = "You should feel"
  public var stopIf = "Stop if"
  public var putItOn = "Where it goes"
  public var barrier = "Protect your skin"
  public var useWhen = "Use it"
  /// A routine's "Use it" or "Protect your skin" when it says what an earlier one said.
  public var sameAsAbove = "The same as above."
  /// A step's pointer to the card's numbered frames (see ``FrameMark``), with no-break
  /// spaces: it never breaks across lines.
  public var frameSetUp = "({frame})"
  public var frameMove = "({from}\u{00A0}→\u{00A0}{to})"
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

  public var weekFromTemplate = "Week {week}, from {date}"
  public var moreChangesTemplate = "…and {n} more: see “{section}” at the front."

  public func weekFrom(_ week: Int, _ date: CalendarDate) -> String {
    fill(weekFromTemplate, ["week": "\(week)", "date": shortDate(date)])
  }

  public func moreChanges(_ count: Int) -> String {
    fill(moreChangesTemplate, ["n": "\(count)", "section": programGrows])
  }
  public var referralTitle = "Please see a doctor before you start exercising"
  public var whatToDoNow = "What to do now"
  public var whyWeAreReferring = "Why"
  public var bringThisSheet = "Take this sheet with you and show it to the doctor or nurse."
  public var callUs = "Questions? Call us"
  public var creator = "HomeStretch"

  public var weekTitleTemplate = "Week {week}: {from} to {to}"
  public var startsOnTemplate = Plural(one: "Starts {date} · {n} week", other: "Starts {date} · {n} weeks")

  public func weekTitle(_ week: Int, from: CalendarDate, to: CalendarDate) -> String {
    fill(weekTitleTemplate, ["week": "\(week)", "from": shortDate(from), "to": shortDate(to)])
  }

  public func startsOn(_ date: CalendarDate, weeks: Int) -> String {
    startsOnTemplate(weeks, ["date": longDate(date)])
  }

  public var pageOfTemplate = "Page {page} of {total}"
  public var documentTitleTemplate = "Home exercise program for {name}"
  public var referralDocumentTitleTemplate = "Referral advice for {name}"

  public func pageOf(_ page: Int, _ total: Int) -> String {
    fill(pageOfTemplate, ["page": "\(page)", "total": "\(total)"])
  }

  public func documentTitle(_ name: String) -> String { fill(documentTitleTemplate, ["name": name]) }
  public func referralDocumentTitle(_ name: String) -> String { fill(referralDocumentTitleTemplate, ["name": name]) }

  public func cardNumber(_ number: Int) -> String { "\(number)" }

  /// The side badge's words: "RIGHT leg", "LEFT buttock", "BOTH legs", by the part of
  /// the body (`leg` when an item names no ice or heat area).
  public var sideBadgeLeft = "LEFT {part}"
  public var sideBadgeRight = "RIGHT {part}"
  public var sideBadgeBoth = "BOTH {parts}"
  public var badgeParts: [ThermalArea: Plural] = [
    .buttock: Plural(one: "buttock", other: "buttocks"), .leg: Plural(one: "leg", other: "legs"),
    .lowBack: Plural(one: "side", other: "sides"), .lowBackAndButtocks: Plural(one: "side", other: "sides"),
  ]

  /// "RIGHT leg", "LEFT buttock", "BOTH legs": printed on a card so the side is never missed.
  public func sideLabel(_ side: AppliedSide, area: ThermalArea?) -> String? {
    let part = badgeParts[area ?? .leg] ?? Plural(one: "", other: "")
    switch side {
    case .left: return fill(sideBadgeLeft, ["part": part.one])
    case .right: return fill(sideBadgeRight, ["part": part.one])
    case .both: return fill(sideBadgeBoth, ["parts": part.other])
    case .none: return nil
    }
  }

  /// The heading of the catalogue's contact sheet.
  public var contactSheetTemplate = "HomeStretch catalogue: {n} figures"
  public func contactSheetTitle(_ count: Int) -> String { fill(contactSheetTemplate, ["n": "\(count)"]) }

  /// The time under the timer of an ice or heat picture: "10 min", "8 h", "1 h 30 min".
  public var timerMinutes = "{n} min"
  public var timerHours = "{n} h"
  public var timerHoursAndMinutes = "{h} h {m} min"

  /// Under the timer of a pack worn for an hour or more (a heat wrap): a limit, not a
  /// length to reach ("up to 8 h"; a bare "8 h" on a clock face read as 8 o'clock).
  public var timerUpTo = "up to {time}"
  public func figureUpTo(_ minutes: Int) -> String { fill(timerUpTo, ["time": figureMinutes(minutes)]) }

  /// Under a habit's clock: how often ("every 30 min").
  public var timerEvery = "every {time}"
  public func figureEvery(_ minutes: Int) -> String { fill(timerEvery, ["time": figureMinutes(minutes)]) }

  public func figureMinutes(_ minutes: Int) -> String {
    guard minutes >= 60 else { return fill(timerMinutes, ["n": "\(minutes)"]) }
    guard minutes % 60 != 0 else { return fill(timerHours, ["n": "\(minutes / 60)"]) }
    return fill(timerHoursAndMinutes, ["h": "\(minutes / 60)", "m": "\(minutes % 60)"])
  }

  /// The line under an exercise picture that ties the drawn side to the patient's side, so
  /// the words and the picture agree. `{limb}` is the catalogue's word for the dark limb.
  public var darkLimbLeft = "Dark {limb}: your LEFT {limb}"
  public var darkLimbRight = "Dark {limb}: your RIGHT {limb}"
  public var shownLeft = "Shown on your LEFT side"
  public var shownRight = "Shown on your RIGHT side"
  public var shownRightRepeatLeft = "Right side shown. Repeat on the left."

  /// The caption for the patient's side; nil when the item has no side.
  public func figureCaption(_ side: AppliedSide, limb: String?) -> String? {
    switch (side, limb) {
    case (.left, .some(let limb)): return fill(darkLimbLeft, ["limb": limb])
    case (.right, .some(let limb)): return fill(darkLimbRight, ["limb": limb])
    case (.left, .none): return shownLeft
    case (.right, .none): return shownRight
    case (.both, _): return shownRightRepeatLeft
    case (.none, _): return nil
    }
  }

  /// Where ice and heat must never go for this patient, from the numb areas.
  public var neverThermalTemplate =
    "Never put ice or heat on {areas}: it is numb there, so you could burn or freeze the skin without feeling it."
  public var numbAreas: [NumbnessArea: String] = [
    .leftLeg: "your left leg", .rightLeg: "your right leg", .leftButtock: "your left buttock",
    .rightButtock: "your right buttock", .lowBack: "your lower back", .feet: "your feet or legs",
  ]

  public func neverThermal(on numbness: [NumbnessArea]) -> String? {
    guard !numbness.isEmpty else { return nil }
    return fill(neverThermalTemplate, ["areas": list(numbness.map { numbAreas[$0] ?? $0.rawValue })])
  }

  // MARK: Lists and dates

  /// Between the items of a list, and before its last: "a, b and c".
  public var listSeparator = ", "
  public var listLastSeparator = " and "

  /// US English names and patterns: "Monday, November 23, 2026", "Nov 23".
  public var monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  public var monthShortNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  public var weekdayNames: [Weekday: String] = [
    .monday: "Monday", .tuesday: "Tuesday", .wednesday: "Wednesday", .thursday: "Thursday", .friday: "Friday",
    .saturday: "Saturday", .sunday: "Sunday",
  ]
  public var weekdayShortNames: [Weekday: String] = [
    .monday: "Mon", .tuesday: "Tue", .wednesday: "Wed", .thursday: "Thu", .friday: "Fri", .saturday: "Sat",
    .sunday: "Sun",
  ]
  /// `{weekday}`, `{day}`, `{month}`, `{mon}` (short month), `{year}`.
  public var longDatePattern = "{weekday}, {month} {day}, {year}"
  public var shortDatePattern = "{mon} {day}"

  // MARK: When an item is done

  public var everyDay = "Every day"
  public var workingDays = "Working days"
  /// The days with the sessions: "Every day: morning and evening".
  public var daysWithSessions = "{days}: {sessions}"
  /// Between short day names: "Mon, Wed, Fri".
  public var daySeparator = ", "

  /// When an item is done, from its days and sessions: "Every day: morning and evening".
  public func when(days: [Weekday], sessions: [SessionName]) -> String {
    let sessionWords = list(sessions.map { session(for: $0) })
    let dayWords: String
    if days.count == 7 {
      dayWords = everyDay
    } else if days == [.monday, .tuesday, .wednesday, .thursday, .friday] {
      dayWords = workingDays
    } else {
      dayWords = days.map(weekdayShort).joined(separator: daySeparator)
    }
    return sessionWords.isEmpty ? dayWords : fill(daysWithSessions, ["days": dayWords, "sessions": sessionWords])
  }

  func session(for name: SessionName) -> String { sessionWords[name] ?? name.rawValue }
}
