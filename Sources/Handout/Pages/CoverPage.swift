import Foundation
import HomeStretch

/// The first pages: who it is for, the program at a glance, when to stop and call, the
/// ice and heat that apply to this patient, and general advice.
struct CoverPage {
  let plan: Plan
  let catalogue: Catalogue
  let blocks: BlockBuilder

  var wording: Wording { blocks.wording }

  var typography: Typography { blocks.typography }

  func lay(into flow: inout FlowLayout) {
    let width = flow.width
    let gap = typography.sectionGap
    flow.bookmark(wording.coverTitle)
    flow.place(header(width: width))
    flow.place(
      blocks.labelled(wording.whatIsGoingOn, wording.condition(plan.patient.condition), width: width), gap: gap)
    flow.place(stopBox(width: width), gap: gap)
    glance(into: &flow, width: width)
    growth(into: &flow, width: width)
    iceAndHeat(into: &flow, width: width)
    placeList(wording.goodToKnow, plan.advice.map(wording.advice), into: &flow, width: width)
    if !plan.patient.notes.isEmpty {
      var notes = blocks.heading(wording.notesFromTherapist, width: width)
      var words = blocks.paragraph(plan.patient.notes, style: typography.body, width: width, maxLines: 12)
      words.elements = words.elements.map { element in
        guard case .text(var block) = element else { return element }
        block.fromTherapist = true
        return .text(block)
      }
      notes.stack(words)
      flow.place(notes, gap: gap)
    }
  }

  /// A heading and a bullet list that may carry on to the next page between entries; the
  /// heading always stays with the first entry.
  func placeList(_ title: String, _ entries: [String], into flow: inout FlowLayout, width: Double) {
    guard let first = entries.first else { return }
    var opening = blocks.heading(title, width: width)
    opening.stack(blocks.list([first], width: width))
    flow.place(opening, gap: typography.sectionGap)
    for entry in entries.dropFirst() {
      flow.place(blocks.list([entry], width: width), gap: 3 * typography.scale)
    }
  }

  func header(width: Double) -> Block {
    var block = Block()
    let therapist = plan.patient.therapist
    block.stack(blocks.practice(therapist, width: width))
    block.stack(blocks.paragraph(wording.coverTitle, style: typography.heading, width: width, maxLines: 2), gap: 8)
    block.stack(blocks.paragraph(plan.patient.name, style: typography.title, width: width, maxLines: 2), gap: 4)
    block.stack(
      blocks.paragraph(
        wording.startsOn(plan.patient.start, weeks: plan.patient.weeks), style: typography.bodyBold, width: width,
        maxLines: 2), gap: 4)
    return block
  }

  /// The at-a-glance table: number, name and side, dose, when. Rows are separate blocks,
  /// so a long program carries on to the next page; the heading keeps its first row.
  func glance(into flow: inout FlowLayout, width: Double) {
    let numberWidth = 24 * typography.scale
    let nameWidth = (width - numberWidth) * 0.36
    let doseWidth = (width - numberWidth) * 0.34
    let whenWidth = width - numberWidth - nameWidth - doseWidth
    let columns = [numberWidth, nameWidth, doseWidth, whenWidth]
    func row(_ cells: [String], style: TextStyle, rule: Double) -> Block {
      var x = 0.0
      var elements: [PageElement] = []
      var height = 0.0
      for (index, cell) in cells.enumerated() {
        var text = blocks.setter.block(cell, style: style, x: x, y: 4, width: columns[index] - 6, maxLines: 4)
        text.isTableCell = true
        elements.append(.text(text))
        height = max(height, text.frame.height)
        x += columns[index]
      }
      elements.append(.line(x1: 0, y1: height + 8, x2: width, y2: height + 8, width: rule, gray: 0.3))
      return Block(height: height + 8, elements: elements)
    }
    var first = blocks.heading(wording.atAGlance, width: width)
    first.stack(
      row(["#", wording.columnExercise, wording.columnHowMuch, wording.columnWhen], style: typography.label, rule: 1.2))
    for (index, item) in plan.items.enumerated() {
      let side = wording.sideLabel(item.side, area: item.area).map { " (\($0))" } ?? ""
      let timing = catalogue[item.id]?.thermal?.timing
      let cells = [
        wording.cardNumber(index + 1), blocks.words.name(item.id) + side, blocks.words.dose(item),
        ItemTiming.when(item, in: plan, timing: timing, wording: wording),
      ]
      let line = row(cells, style: typography.body, rule: 0.5)
      if index == 0 {
        first.stack(line)
        flow.place(first, gap: typography.sectionGap)
      } else {
        flow.place(line)
      }
    }
  }

  /// Every week's changes, so the progression is in the booklet whole even when a
  /// week's tracker has room for only part of it.
  func growth(into flow: inout FlowLayout, width: Double) {
    let weeks = plan.schedule.filter { !$0.changes.isEmpty }
    guard !weeks.isEmpty else { return }
    var first = blocks.heading(wording.programGrows, width: width)
    first.stack(blocks.paragraph(wording.programGrowsIntro, style: typography.body, width: width))
    for (index, week) in weeks.enumerated() {
      let block = blocks.labelledList(
        wording.weekFrom(week.week, week.start), blocks.words.changes(week), width: width, maxLines: 3)
      if index == 0 {
        first.stack(block, gap: typography.paragraphGap)
        flow.place(first, gap: typography.sectionGap)
      } else {
        flow.place(block, gap: typography.paragraphGap)
      }
    }
  }

  func stopBox(width: Double) -> Block {
    let padding = 10 * typography.scale
    var inner = blocks.paragraph(wording.stopAndCall, style: typography.heading, width: width - 2 * padding)
    inner.stack(
      blocks.list(
        wording.stopSigns(bothLegs: plan.patient.bothLegsAffected), width: width - 2 * padding,
        style: typography.bodyBold), gap: 4)
    if let phone = plan.patient.therapist.phone {
      inner.stack(
        blocks.paragraph("\(wording.callUs): \(phone)", style: typography.bodyBold, width: width - 2 * padding), gap: 4)
    }
    var block = Block(
      height: inner.height + 2 * padding,
      elements: [
        .box(BoxShape(frame: Rect(x: 0, y: 0, width: width, height: inner.height + 2 * padding), strokeWidth: 3))
      ])
    block.elements += inner.elements.map { $0.offsetBy(dx: padding, dy: padding) }
    return block
  }

  /// Each ice or heat routine in the plan, where it goes and where it must not. A routine is
  /// its name and dose on one line, then when to use it and how to protect the skin as two
  /// short bullets (never one long paragraph). Every routine and every "do not" line is a
  /// block of its own, so a long section carries on to the next page between them; the
  /// headings stay with their first entry.
  func iceAndHeat(into flow: inout FlowLayout, width: Double) {
    let thermal = plan.items.filter { $0.kind == .thermal }
    guard !thermal.isEmpty else { return }
    var routines: [Block] = []
    var said: Set<String> = []
    // A line an earlier routine printed is "The same as above." here.
    func once(_ label: String, _ text: String) -> String {
      let line = "\(label): \(text)"
      return said.insert(line).inserted ? line : "\(label): \(wording.sameAsAbove)"
    }
    for item in thermal {
      guard let details = catalogue[item.id]?.thermal else { continue }
      let side = wording.sideLabel(item.side, area: item.area).map { " (\($0))" } ?? ""
      let placement = ItemTiming.placement(item, timing: details.timing, wording: wording).map { " \($0)." } ?? ""
      var routine = blocks.setter.block(
        "\(blocks.words.dose(item)).\(placement)", style: typography.body, x: 0, y: 0, width: width,
        lead: blocks.words.name(item.id) + side + ":"
      )
      .asBlock
      let indent = 14 * typography.scale
      routine.stack(
        blocks.list(
          [once(wording.useWhen, details.useWhen), once(wording.barrier, details.barrier)], width: width - indent,
          x: indent),
        gap: 3 * typography.scale)
      routines.append(routine)
    }
    var first = blocks.heading(wording.iceAndHeat, width: width)
    first.stack(blocks.paragraph(wording.iceAndHeatIntro, style: typography.body, width: width))
    if let never = wording.neverThermal(on: plan.patient.numbness) {
      first.stack(blocks.paragraph(never, style: typography.bodyBold, width: width), gap: 4)
    }
    if let routine = routines.first { first.stack(routine, gap: typography.paragraphGap) }
    flow.place(first, gap: typography.sectionGap)
    for routine in routines.dropFirst() { flow.place(routine, gap: typography.paragraphGap) }
    let warnings = Self.onceEach(thermal.flatMap { catalogue[$0.id]?.printedDoNotUse(for: $0) ?? [] })
    guard let warning = warnings.first else { return }
    flow.place(blocks.labelledList(wording.doNotUse, [warning], width: width), gap: typography.paragraphGap)
    for warning in warnings.dropFirst() { flow.place(blocks.list([warning], width: width), gap: 3 * typography.scale) }
  }

  /// Every line once, in the order given; a line that a longer one only widens ("On skin
  /// that is numb." and "On skin that is numb, or on a leg that feels numb.") is said by
  /// the longer one, which takes the shorter one's place.
  static func onceEach(_ lines: [String]) -> [String] {
    // Each line's stem once (the comparisons below are many).
    var stems: [String: String] = [:]
    for line in lines where stems[line] == nil {
      stems[line] =
        line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
    }
    func covers(_ long: String, _ short: String) -> Bool {
      let (l, s) = (stems[long] ?? long, stems[short] ?? short)
      return l == s || l.hasPrefix(s + ", or ") || l.hasPrefix(s + " or ")
    }
    var kept: [String] = []
    for line in lines where !kept.contains(where: { covers($0, line) }) {
      if let shorter = kept.firstIndex(where: { covers(line, $0) }) {
        kept[shorter] = line
        kept = kept.enumerated().filter { $0.offset == shorter || !covers(line, $0.element) }.map(\.element)
      } else {
        kept.append(line)
      }
    }
    return kept
  }
}
