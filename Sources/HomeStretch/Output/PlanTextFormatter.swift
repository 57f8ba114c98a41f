/// The plan as readable text for the terminal: what `homestretch plan` prints, made from
/// the neutral plan, the catalogue it was planned from and the wording of one language.
public enum PlanTextFormatter {
  public static func format(_ plan: Plan, catalogue: Catalogue, wording: Wording = .english) -> String {
    var out: [String] = []
    let patient = plan.patient
    let name = { (id: String) in wording.name(of: id, in: catalogue) }
    out.append("HomeStretch \(plan.status == .refer ? "referral" : "home program") for \(patient.name)")
    out.append(
      "Condition: \(patient.condition.rawValue), \(patient.side == .both ? "both sides" : "\(patient.side.rawValue) side"), pain \(patient.pain)/10, \(patient.phase.rawValue)"
    )
    out.append(wording.condition(patient.condition))
    if let name = patient.therapist.name {
      out.append("Therapist: \(name)\(patient.therapist.clinic.map { ", \($0)" } ?? "")")
    }
    if plan.status == .refer {
      out.append("")
      out.append("REFER — no exercise plan")
      for reason in plan.referralReasons {
        out.append("  ! \(reason.flag.rawValue) [\(reason.urgency.rawValue)]: \(wording.referralReason(reason))")
        out.append("    What to do: \(wording.referralAction(reason))")
      }
      out.append("")
      out += plan.advice.map(wording.advice)
      return out.joined(separator: "\n") + "\n"
    }
    out.append(
      "Start \(weekdayName(patient.start.weekday)) \(patient.start), \(patient.weeks) week\(patient.weeks == 1 ? "" : "s"); budget \(plan.minutesPerDayBudget) minutes a day; dosing \(plan.doseTier.label)"
    )
    out.append("")
    out.append("PROGRAM (\(plan.items.count) items)")
    for (number, item) in plan.items.enumerated() {
      let side = item.side == .none ? "" : " [\(item.side.rawValue.uppercased())]"
      let weeks =
        item.weeks.count == patient.weeks
        ? "" : " (week\(item.weeks.count == 1 ? "" : "s") \(item.weeks.map(String.init).joined(separator: ", ")))"
      out.append("\(number + 1). \(name(item.id))\(side)\(weeks)")
      let note = catalogue[item.id].flatMap { wording.doseNote(item.dose, of: $0) }
      out.append("   \(wording.dose(item.dose, sided: item.side))\(note.map { " — \($0)" } ?? "")")
      for (index, why) in item.why.enumerated() {
        let link = index < item.whyRules.count ? " [\(item.whyRules[index].link)]" : ""
        out.append("   why: \(why)\(link)")
      }
      for note in item.notes {
        out.append("   note: \(catalogue[item.id].map { wording.note(note, of: $0) } ?? "\(note)")")
      }
    }
    out.append("")
    out.append("SCHEDULE (numbers refer to the program above)")
    let numbers = Dictionary(
      plan.items.enumerated().map { ($0.element.id, String($0.offset + 1)) }, uniquingKeysWith: { first, _ in first })
    for week in plan.schedule {
      out.append("Week \(week.week), from \(week.start) — busiest day \(format(week.maxMinutesPerDay)) minutes")
      for change in week.changes { out.append("  + \(wording.change(change, name: name))") }
      // Days with the same sessions are printed together: "Mon Wed Fri: ...".
      var groups: [(days: [Weekday], line: String)] = []
      for day in week.days {
        let line = day.sessions.map { session in
          "\(wording.session(session.name)): " + session.items.map { numbers[$0] ?? $0 }.joined(separator: " ")
        }.joined(separator: " | ")
        if let index = groups.firstIndex(where: { $0.line == line }) {
          groups[index].days.append(day.weekday)
        } else {
          groups.append(([day.weekday], line))
        }
      }
      for group in groups {
        let days = group.days.map { String(weekdayName($0).prefix(3)) }.joined(separator: " ")
        out.append("  \(days): \(group.line)")
      }
    }
    out.append("")
    out.append("ADVICE")
    for line in plan.advice { out.append("  - \(wording.advice(line))") }
    if !plan.warnings.isEmpty {
      out.append("")
      out.append("WARNINGS")
      for line in plan.warnings { out.append("  ! \(line)") }
    }
    out.append("")
    out.append("NOT IN THE PLAN (\(plan.excluded.count)); rule ids are explained in \(plan.rulesDocument)")
    for exclusion in plan.excluded {
      out.append("  - \(exclusion.id): \(exclusion.reason)")
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func weekdayName(_ day: Weekday) -> String {
    day.rawValue.prefix(1).uppercased() + day.rawValue.dropFirst()
  }

  static func format(_ minutes: Double) -> String {
    minutes == minutes.rounded() ? String(Int(minutes)) : String(minutes)
  }
}
