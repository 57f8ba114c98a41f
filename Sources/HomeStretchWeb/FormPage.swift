import Foundation
import HomeStretch

/// The patient form: every profile field with its label, its plain-words hint and, beside
/// it, the decoder's messages when the form came back with problems. Works without
/// JavaScript: one form, posted to `/plan`.
public enum FormPage {
  /// The page's HTML; `problems` shows each message beside its field, and the form keeps
  /// what was typed; `notice` is a line about what just happened (a file opened).
  public static func html(
    form: PatientForm, problems: FormProblems = FormProblems(), csrf: String, samples: [String] = [],
    notice: String? = nil
  ) -> String {
    var body = "<h1>New home program</h1>\n"
    if let notice { body += "<p class=\"notice\" role=\"status\">\(HTML.escape(notice))</p>\n" }
    if !samples.isEmpty {
      body += "<form method=\"post\" action=\"/load\" class=\"load\">\n" + hidden("csrf", csrf)
      body +=
        "<label for=\"sample\">Start from a profile of the data folder</label>\n<select id=\"sample\" name=\"sample\">\n"
      for name in samples { body += "<option value=\"\(HTML.escape(name))\">\(HTML.escape(name))</option>\n" }
      body += "</select>\n<button type=\"submit\">Load</button>\n</form>\n"
    }
    body += ProfileFileControls.openForm(csrf: csrf)
    if !problems.isEmpty {
      let count = problems.count
      body += """
        <div class="error-summary" role="alert" id="problems">
        <h2>\(count == 1 ? "One thing to fix" : "\(count) things to fix")</h2>
        <ul>
        """
      for field in FormField.all + [FormField.includeField, FormField.excludeField] {
        for message in problems.byField[field.name] ?? [] {
          body +=
            "<li><a href=\"#\(anchor(field.name))\">\(HTML.escape(field.label))</a>: \(HTML.escape(message))</li>\n"
        }
      }
      for message in problems.byField[""] ?? [] { body += "<li>\(HTML.escape(message))</li>\n" }
      body += "</ul>\n</div>\n"
    }
    body += "<form method=\"post\" action=\"/plan\" novalidate>\n"
    body += hidden("csrf", csrf)
    body +=
      "<p class=\"lead\">Only the name, condition, side and pain are needed; everything else has a safe default.</p>\n"
    body += "<fieldset class=\"group\"><legend>Patient</legend>\n"
    for field in FormField.patient { body += input(field, form: form, problems: problems) }
    body += "</fieldset>\n"
    body += "<fieldset class=\"group\"><legend>You (remembered on this computer for the next patient)</legend>\n"
    for field in FormField.therapist { body += input(field, form: form, problems: problems) }
    body += "</fieldset>\n"
    for message in (problems.byField["include"] ?? []) + (problems.byField["exclude"] ?? []) {
      body += "<p class=\"field-error\">\(HTML.escape(message))</p>\n"
    }
    body += includeExcludeFields(form)
    body +=
      "<p class=\"actions\"><button type=\"submit\" class=\"primary\">Make the plan</button>\n"
      + ProfileFileControls.downloadButton + "</p>\n"
    body += "</form>\n"
    return HTML.page(
      title: problems.isEmpty ? "New home program - HomeStretch" : "Fix the form - HomeStretch", body: body)
  }

  static func anchor(_ name: String) -> String {
    "field-" + name.replacingOccurrences(of: ".", with: "-")
  }

  static func hidden(_ name: String, _ value: String) -> String {
    "<input type=\"hidden\" name=\"\(HTML.escape(name))\" value=\"\(HTML.escape(value))\">\n"
  }

  /// The preview's include and exclude, carried as hidden fields.
  static func includeExcludeFields(_ form: PatientForm) -> String {
    form.include.map { hidden("include", $0) }.joined() + form.exclude.map { hidden("exclude", $0) }.joined()
  }

  /// One field: label, input, hint, and its problems (linked to the input with
  /// `aria-describedby`).
  static func input(_ field: FormField, form: PatientForm, problems: FormProblems) -> String {
    let id = anchor(field.name)
    let name = HTML.escape(field.name)
    let values = form.values[field.name] ?? []
    let value = HTML.escape(values.first ?? "")
    let messages = problems.byField[field.name] ?? []
    let hintID = "\(id)-hint"
    let errorID = "\(id)-error"
    let described = messages.isEmpty ? hintID : "\(errorID) \(hintID)"
    let invalid = messages.isEmpty ? "" : " aria-invalid=\"true\""
    let required = field.required ? " <span class=\"required\">(needed)</span>" : ""
    var errors = ""
    if !messages.isEmpty {
      errors =
        "<p class=\"field-error\" id=\"\(errorID)\">"
        + messages.map { HTML.escape($0) }.joined(separator: "<br>") + "</p>\n"
    }
    let hint = "<p class=\"hint\" id=\"\(hintID)\">\(HTML.escape(field.hint))</p>\n"
    let css = messages.isEmpty ? "field" : "field has-error"
    switch field.kind {
    case .text(let maxLength):
      return """
        <div class="\(css)"><label for="\(id)">\(HTML.escape(field.label))\(required)</label>
        \(errors)<input type="text" id="\(id)" name="\(name)" value="\(value)" maxlength="\(maxLength)" \
        aria-describedby="\(described)"\(invalid)\(field.name == "name" ? " autocomplete=\"off\"" : "")>
        \(hint)</div>

        """
    case .longText(let maxLength):
      return """
        <div class="\(css)"><label for="\(id)">\(HTML.escape(field.label))</label>
        \(errors)<textarea id="\(id)" name="\(name)" rows="3" maxlength="\(maxLength)" \
        aria-describedby="\(described)"\(invalid)>\(value)</textarea>
        \(hint)</div>

        """
    case .number(let range):
      return """
        <div class="\(css)"><label for="\(id)">\(HTML.escape(field.label))\(required)</label>
        \(errors)<input type="text" inputmode="numeric" id="\(id)" name="\(name)" value="\(value)" size="4" \
        aria-describedby="\(described)"\(invalid) data-min="\(range.lowerBound)" data-max="\(range.upperBound)">
        \(hint)</div>

        """
    case .date:
      return """
        <div class="\(css)"><label for="\(id)">\(HTML.escape(field.label))</label>
        \(errors)<input type="date" id="\(id)" name="\(name)" value="\(value)" aria-describedby="\(described)"\(invalid)>
        \(hint)</div>

        """
    case .choice(let words) where words.count <= 3:
      var out = """
        <fieldset class="\(css) radios" id="\(id)" aria-describedby="\(described)"\(invalid)>
        <legend>\(HTML.escape(field.label))\(required)</legend>
        \(errors)
        """
      for (index, word) in words.enumerated() {
        let checked = values.first == word ? " checked" : ""
        out +=
          "<label class=\"option\" for=\"\(id)-\(index)\"><input type=\"radio\" id=\"\(id)-\(index)\" name=\"\(name)\" "
          + "value=\"\(HTML.escape(word))\"\(checked)> \(HTML.escape(FormField.label(ofWord: word)))</label>\n"
      }
      return out + hint + "</fieldset>\n"
    case .choice(let words):
      var out = """
        <div class="\(css)"><label for="\(id)">\(HTML.escape(field.label))\(required)</label>
        \(errors)<select id="\(id)" name="\(name)" aria-describedby="\(described)"\(invalid)>

        """
      if !words.contains(values.first ?? "") {
        out += "<option value=\"\(value)\" selected>\(values.first.map { _ in value } ?? "")</option>\n"
      }
      for word in words {
        let selected = values.first == word ? " selected" : ""
        out +=
          "<option value=\"\(HTML.escape(word))\"\(selected)>\(HTML.escape(FormField.label(ofWord: word)))</option>\n"
      }
      return out + "</select>\n" + hint + "</div>\n"
    case .checkBoxes(let words):
      var out = """
        <fieldset class="\(css) boxes" id="\(id)" aria-describedby="\(described)"\(invalid)>
        <legend>\(HTML.escape(field.label))</legend>
        \(errors)
        """
      for (index, word) in words.enumerated() {
        let checked = values.contains(word) ? " checked" : ""
        out +=
          "<label class=\"option\" for=\"\(id)-\(index)\"><input type=\"checkbox\" id=\"\(id)-\(index)\" "
          + "name=\"\(name)\" value=\"\(HTML.escape(word))\"\(checked)> \(HTML.escape(FormField.label(ofWord: word)))</label>\n"
      }
      return out + hint + "</fieldset>\n"
    case .flag:
      let checked = values.contains("true") ? " checked" : ""
      return """
        <div class="\(css) flag">\(errors)<label class="option" for="\(id)"><input type="checkbox" id="\(id)" \
        name="\(name)" value="true"\(checked) aria-describedby="\(described)"\(invalid)> \(HTML.escape(field.label))</label>
        \(hint)</div>

        """
    }
  }
}

extension FormField {
  /// The preview's hidden include and exclude lists, named in problem summaries.
  static let includeField = FormField(
    name: "include", label: "Added back", hint: "", kind: .checkBoxes([]), defaultValues: [], required: false)
  static let excludeField = FormField(
    name: "exclude", label: "Removed", hint: "", kind: .checkBoxes([]), defaultValues: [], required: false)
}
