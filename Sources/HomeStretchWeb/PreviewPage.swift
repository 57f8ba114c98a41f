import Foundation
import Handout
import HomeStretch

/// The plan preview: a referral first and unmistakably when there is a red flag;
/// otherwise the program (dose, side and why of each item, with a button to remove it),
/// the warnings for the therapist, the weeks and what changes, and the items left out with
/// their reasons in a fold (an item a safety rule does not forbid can be added back). One
/// form carries the whole profile in hidden fields, so every button works without
/// JavaScript and no patient data goes into a URL. With the `handout` drawn, its pages,
/// health-literacy check and print options stand in a column beside the plan
/// (``HandoutAside``).
public enum PreviewPage {
  public static func html(
    form: PatientForm, plan: Plan, refused: [PlanningService.Refusal], catalogue: Catalogue, wording: Wording,
    csrf: String, handout: Result<(preview: HandoutPreview, id: String), HandoutError>? = nil
  ) -> String {
    let name = { (id: String) in wording.name(of: id, in: catalogue) }
    let patient = plan.patient
    var body = "<form method=\"post\" action=\"/plan\" class=\"preview\">\n"
    body += FormPage.hidden("csrf", csrf)
    for field in FormField.all where field.name != "paper" && field.name != "large_print" {
      for value in form.values[field.name] ?? [] { body += FormPage.hidden(field.name, value) }
    }
    body += FormPage.includeExcludeFields(form)

    if plan.status == .refer {
      body += """
        <section class="referral" role="alert" aria-labelledby="referral-title">
        <h1 id="referral-title">Refer: no exercise plan for \(HTML.escape(patient.name))</h1>
        <p class="referral-lead">\(HTML.escape(wording.referralHeadline))</p>
        <ul>

        """
      for reason in plan.referralReasons {
        body += """
          <li><strong>\(HTML.escape(FormField.label(ofWord: reason.flag.rawValue)))</strong> \
          <span class="urgency urgency-\(reason.urgency.rawValue)">\(HTML.escape(urgencyLabel(reason.urgency)))</span>
          <br>\(HTML.escape(wording.referralReason(reason)))<br>What to do: \(HTML.escape(wording.referralAction(reason)))</li>

          """
      }
      body += "</ul>\n<p>The handout is a one-page referral sheet for the patient.</p>\n</section>\n"
    } else {
      body += "<h1>Home program for \(HTML.escape(patient.name))</h1>\n"
      body += "<p class=\"lead\">\(HTML.escape(wording.condition(patient.condition)))</p>\n"
      body +=
        "<p>Starts \(HTML.escape(wording.longDate(patient.start))), \(patient.weeks) "
        + "week\(patient.weeks == 1 ? "" : "s"); about \(plan.minutesPerDayBudget) minutes a day; dosing "
        + "\(HTML.escape(plan.doseTier.label)).</p>\n"
    }
    // The two buttons a therapist needs most, at the top too (the print options below
    // belong to the same form).
    body += """
      <p class="actions top-actions">
      <button type="submit" class="primary" formaction="/handout">Download PDF</button>
      <button type="submit" formaction="/edit">Change the profile</button>
      </p>

      """
    if !refused.isEmpty {
      body +=
        "<div class=\"error-summary\" role=\"alert\" id=\"refused\"><h2>Not added: a safety rule keeps it out</h2><ul>\n"
      for refusal in refused {
        body += "<li><strong>\(HTML.escape(refusal.name))</strong>: \(HTML.escape(refusal.reason))</li>\n"
      }
      body += "</ul></div>\n"
    }
    if handout != nil { body += "<div class=\"preview-columns\">\n<div class=\"plan-column\">\n" }
    if !plan.warnings.isEmpty {
      body +=
        "<section class=\"warnings\" aria-labelledby=\"warnings-title\"><h2 id=\"warnings-title\">For you, the therapist</h2><ul>\n"
      for warning in plan.warnings { body += "<li>\(HTML.escape(warning))</li>\n" }
      body += "</ul></section>\n"
    }
    if plan.status == .plan {
      body +=
        "<section aria-labelledby=\"program-title\"><h2 id=\"program-title\">The program (\(plan.items.count) items)</h2>\n"
      body += "<ol class=\"items\">\n"
      for item in plan.items {
        let side = item.side == .none ? "" : " <span class=\"side\">\(HTML.escape(sideLabel(item.side)))</span>"
        let weeks =
          item.weeks.count == patient.weeks
          ? ""
          : " <span class=\"weeks\">week\(item.weeks.count == 1 ? "" : "s") \(item.weeks.map(String.init).joined(separator: ", "))</span>"
        let note = catalogue[item.id].flatMap { wording.doseNote(item.dose, of: $0) }
        body += """
          <li class="item" id="item-\(HTML.escape(item.id))"><h3>\(HTML.escape(name(item.id)))\(side)\(weeks)</h3>
          <p class="dose">\(HTML.escape(wording.dose(item.dose, sided: item.side)))\(note.map { " - " + HTML.escape($0) } ?? "")</p>
          <ul class="why">

          """
        for why in item.why { body += "<li>Why: \(HTML.escape(why))</li>\n" }
        for patientNote in item.notes {
          if let catalogueItem = catalogue[item.id] {
            body += "<li>Note: \(HTML.escape(wording.note(patientNote, of: catalogueItem)))</li>\n"
          }
        }
        body += """
          </ul>
          <button type="submit" class="small" name="remove" value="\(HTML.escape(item.id))" \
          aria-label="Remove \(HTML.escape(name(item.id)))">Remove</button></li>

          """
      }
      body += "</ol></section>\n"
      body += schedule(plan, name: name, wording: wording)
    }
    if !plan.advice.isEmpty {
      body += "<section aria-labelledby=\"advice-title\"><h2 id=\"advice-title\">Advice on the handout</h2><ul>\n"
      for advice in plan.advice { body += "<li>\(HTML.escape(wording.advice(advice)))</li>\n" }
      body += "</ul></section>\n"
    }
    if plan.status == .plan {
      body +=
        "<details class=\"excluded\"><summary>Not in the plan (\(plan.excluded.count) items) and why</summary>\n<ul>\n"
      for exclusion in plan.excluded {
        let button =
          exclusion.contraindicated
          ? "<span class=\"unsafe\">not safe for this patient</span>"
          : "<button type=\"submit\" class=\"small\" name=\"add\" value=\"\(HTML.escape(exclusion.id))\" "
            + "aria-label=\"Add back \(HTML.escape(name(exclusion.id)))\">Add back</button>"
        body +=
          "<li><strong>\(HTML.escape(name(exclusion.id)))</strong>: \(HTML.escape(exclusion.reason)) \(button)</li>\n"
      }
      body += "</ul></details>\n"
    }
    if let handout {
      body += "</div>\n" + HandoutAside.html(handout, print: printFieldset(form)) + "</div>\n"
    } else {
      body += printFieldset(form)
    }
    body += "</form>\n"
    let title = plan.status == .refer ? "Referral" : "Plan"
    return HTML.page(title: "\(title) - HomeStretch", body: body)
  }

  /// Paper and print size, with **Download PDF** and "Make the plan again" (which redraws
  /// the pages with the options chosen).
  static func printFieldset(_ form: PatientForm) -> String {
    let printFields = FormField.patient.filter { $0.name == "paper" || $0.name == "large_print" }
      .map { FormPage.input($0, form: form, problems: FormProblems()) }.joined()
    return """
      <fieldset class="group print" id="print"><legend>Print</legend>
      \(printFields)
      <p class="actions">
      <button type="submit" class="primary" formaction="/handout">Download PDF</button>
      <button type="submit" formaction="/plan">Make the plan again</button>
      <button type="submit" formaction="/edit">Change the profile</button>
      \(ProfileFileControls.downloadButton)</p></fieldset>

      """
  }

  static func schedule(_ plan: Plan, name: (String) -> String, wording: Wording) -> String {
    var out = "<section aria-labelledby=\"schedule-title\"><h2 id=\"schedule-title\">Week by week</h2>\n"
    for week in plan.schedule {
      out += "<h3>\(HTML.escape(wording.weekFrom(week.week, week.start)))</h3>\n"
      if !week.changes.isEmpty {
        out += "<ul class=\"changes\">\n"
        for change in week.changes { out += "<li>\(HTML.escape(wording.change(change, name: name)))</li>\n" }
        out += "</ul>\n"
      }
      // Days with the same sessions are shown together, as `homestretch plan` prints them.
      var groups: [(days: [Weekday], sessions: [Session])] = []
      for day in week.days {
        if let index = groups.firstIndex(where: { $0.sessions == day.sessions }) {
          groups[index].days.append(day.weekday)
        } else {
          groups.append(([day.weekday], day.sessions))
        }
      }
      out +=
        "<table class=\"week\"><thead><tr><th scope=\"col\">Days</th><th scope=\"col\">Sessions</th></tr></thead><tbody>\n"
      for group in groups {
        let days = group.days.map(wording.weekdayShort).joined(separator: " ")
        let sessions = group.sessions.map { session in
          "<strong>\(HTML.escape(wording.session(session.name)))</strong>: "
            + session.items.map { HTML.escape(name($0)) }.joined(separator: ", ")
        }.joined(separator: "<br>")
        out += "<tr><th scope=\"row\">\(days)</th><td>\(sessions)</td></tr>\n"
      }
      out += "</tbody></table>\n"
    }
    return out + "</section>\n"
  }

  static func sideLabel(_ side: AppliedSide) -> String {
    switch side {
    case .left: return "left side"
    case .right: return "right side"
    case .both: return "both sides"
    case .none: return ""
    }
  }

  static func urgencyLabel(_ urgency: ReferralReason.Urgency) -> String {
    switch urgency {
    case .emergency: return "emergency: now"
    case .sameDay: return "the same day"
    case .soon: return "within days"
    }
  }
}
