import HomeStretch

/// One page per week for the fridge: a grid of the items by day and session with tick boxes
/// for a pen, a pain row and ruled lines for notes. Always one page: when the rows grouped
/// by session do not fit, each item gets one row with a box per session in each day's cell.
struct WeeklyTracker {
  let plan: Plan
  let week: WeekSchedule
  let blocks: BlockBuilder

  var wording: Wording { blocks.wording }
  /// One row per item instead of rows grouped by session.
  let compact: Bool

  var typography: Typography { blocks.typography }

  /// A row of the grid: its label and, for each day, how many boxes to tick.
  struct Row {
    var label: String
    var boxes: [Int]
  }

  /// Rows grouped by session: a session heading row, then one row per item.
  func sessionRows() -> [(heading: String?, row: Row)] {
    let numbers = Dictionary(
      plan.items.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
    var rows: [(String?, Row)] = []
    for session in SessionName.allCases {
      var ids: [String] = []
      for day in week.days {
        for part in day.sessions where part.name == session {
          for id in part.items where !ids.contains(id) { ids.append(id) }
        }
      }
      guard !ids.isEmpty else { continue }
      rows.append((wording.session(session), Row(label: "", boxes: [])))
      for id in ids {
        let boxes = week.days.map { day in day.sessions.contains { $0.name == session && $0.items.contains(id) } ? 1 : 0
        }
        rows.append((nil, Row(label: "\(numbers[id] ?? 0). \(blocks.words.name(id))", boxes: boxes)))
      }
    }
    return rows
  }

  /// One row per item, with a box per session on each day.
  func compactRows() -> [Row] {
    plan.items.enumerated().compactMap { index, item in
      let boxes = week.days.map { day in day.sessions.filter { $0.items.contains(item.id) }.count }
      guard boxes.contains(where: { $0 > 0 }) else { return nil }
      return Row(label: "\(index + 1). \(blocks.words.name(item.id))", boxes: boxes)
    }
  }

  /// Whether the trackers of `plan` need one row per item: when the rows grouped by
  /// session do not fit on a page for every week. Decided once, so all weeks look alike.
  static func needsCompactRows(_ plan: Plan, blocks: BlockBuilder, flow: FlowLayout) -> Bool {
    plan.schedule.contains { week in
      let tracker = WeeklyTracker(plan: plan, week: week, blocks: blocks, compact: false)
      // Measured with the compact page's longer instructions, the tighter case.
      let compactTop = WeeklyTracker(plan: plan, week: week, blocks: blocks, compact: true).top(width: flow.width)
      let height = flow.bodyFrame.height - compactTop.height - blocks.typography.gap
      return !tracker.groupedRowsFit(width: flow.width, height: height)
    }
  }

  func top(width: Double) -> Block {
    var top = blocks.heading(
      "\(wording.weeklyTracker) · \(wording.weekTitle(week.week, from: week.days[0].date, to: week.days[6].date))",
      width: width)
    let instructions = compact ? wording.trackerInstructions + " " + wording.severalBoxes : wording.trackerInstructions
    top.stack(blocks.paragraph(instructions, style: typography.body, width: width, maxLines: 4))
    return top
  }

  /// Lays the tracker on the current page, which must be empty.
  func layFirstOnPage(into flow: inout FlowLayout) {
    flow.bookmark(wording.weekTitle(week.week, from: week.days[0].date, to: week.days[6].date), level: 1)
    let width = flow.width
    flow.place(top(width: width))
    let available = flow.remaining - typography.gap
    flow.place(layoutGrid(width: width, height: available).block, gap: typography.gap)
  }

  /// The grid, notes lines included, in at most `height` points, and whether it had to
  /// use one row per item.
  /// The grid's fixed measures: what decides whether the rows fit.
  struct Metrics {
    var labelWidth: Double
    var dayWidth: Double
    var textHeight: Double
    var headerHeight: Double
    var painHeight: Double
    /// Three ruled lines for notes and this week's changes.
    var notesMinimum: Double
    /// The least left for notes when space is short: their label and one ruled line. This
    /// week's changes come before more lines.
    var linesMinimum: Double
    var idealRow: Double
    /// Height left for the rows.
    var room: Double
  }

  func metrics(width: Double, height: Double) -> Metrics {
    let s = typography.scale
    let tick = typography.tickBox
    let labelWidth = width * 0.34
    let dayWidth = (width - labelWidth) / 7
    let textHeight = blocks.setter.measure("Ag", style: typography.body, width: labelWidth, maxLines: 1).height
    let headerHeight =
      blocks.setter.measure("Mon\nNov 23", style: typography.label, width: dayWidth, maxLines: 2).height + 8 * s
    let painHeight = max(tick + 10 * s, textHeight * 2 + 8 * s)
    // Three ruled lines for notes, and room for this week's changes: the rows give way to
    // them (one row per item), never the other way round.
    let changes =
      week.changes.isEmpty
      ? 0
      : blocks.labelledList(wording.newThisWeek, blocks.words.changes(week), width: width, maxLines: 2).height + 8 * s
    let notesMinimum = 3 * 22 * s + textHeight + 8 * s + changes
    let idealRow = max(tick + 10 * s, textHeight + 10 * s)
    return Metrics(
      labelWidth: labelWidth, dayWidth: dayWidth, textHeight: textHeight, headerHeight: headerHeight,
      painHeight: painHeight, notesMinimum: notesMinimum, linesMinimum: 22 * s + textHeight + 8 * s,
      idealRow: idealRow,
      room: height - headerHeight - painHeight - notesMinimum)
  }

  /// Whether the rows grouped by session fit at their full height.
  func groupedRowsFit(width: Double, height: Double) -> Bool {
    let metrics = metrics(width: width, height: height)
    return Double(sessionRows().count) * metrics.idealRow <= metrics.room
  }

  func layoutGrid(width: Double, height: Double) -> (block: Block, usedCompact: Bool) {
    let s = typography.scale
    let tick = typography.tickBox
    let m = metrics(width: width, height: height)
    let (labelWidth, dayWidth, textHeight, headerHeight) = (m.labelWidth, m.dayWidth, m.textHeight, m.headerHeight)
    let (painHeight, idealRow, room) = (m.painHeight, m.idealRow, m.room)
    let sessionRows = sessionRows()
    let grouped = sessionRows.count
    let itemRows = compactRows()
    var rowHeight = idealRow
    var useCompact = self.compact
    if self.compact || Double(grouped) * idealRow > room {
      let compactRow = max(tick + 8 * s, textHeight + 6 * s)
      if Double(itemRows.count) * idealRow <= room {
        useCompact = true
      } else {
        useCompact = true
        rowHeight = max(min(compactRow, room / Double(max(itemRows.count, 1))), textHeight + 4)
      }
    }

    var elements: [PageElement] = []
    var y = 0.0
    // Day headings.
    for (index, day) in week.days.enumerated() {
      let x = labelWidth + Double(index) * dayWidth
      let label = "\(wording.weekdayShort(day.weekday))\n\(wording.shortDate(day.date))"
      let text = blocks.setter.block(
        label, style: typography.label.with(alignment: .center), x: x + 2, y: 4 * s, width: dayWidth - 4, maxLines: 2)
      elements.append(.text(text))
    }
    y = headerHeight
    elements.append(.line(x1: 0, y1: y, x2: width, y2: y, width: 1.5, gray: 0))

    func boxRow(label: String, boxes: [Int], bold: Bool = false) {
      let text = blocks.setter.block(
        label, style: bold ? typography.label : typography.body, x: 2, y: y + (rowHeight - textHeight) / 2,
        width: labelWidth - 6, maxLines: 1)
      elements.append(.text(text))
      for (index, count) in boxes.enumerated() {
        let cellX = labelWidth + Double(index) * dayWidth
        if count == 0 {
          let dash = blocks.setter.block(
            "–", style: typography.body.with(gray: 0.55, alignment: .center), x: cellX,
            y: y + (rowHeight - textHeight) / 2,
            width: dayWidth, maxLines: 1)
          elements.append(.text(dash))
          continue
        }
        let spacing = 3 * s
        // Never smaller than 12 points (4 mm), still a target for a pen.
        let size = max(12, min(tick, (dayWidth - 6 - Double(count - 1) * spacing) / Double(count), rowHeight - 4))
        let total = Double(count) * size + Double(count - 1) * spacing
        for box in 0..<count {
          let x = cellX + (dayWidth - total) / 2 + Double(box) * (size + spacing)
          elements.append(.checkbox(Rect(x: x, y: y + (rowHeight - size) / 2, width: size, height: size)))
        }
      }
      y += rowHeight
      elements.append(.line(x1: 0, y1: y, x2: width, y2: y, width: 0.5, gray: 0.5))
    }

    if useCompact {
      for row in itemRows { boxRow(label: row.label, boxes: row.boxes) }
    } else {
      for (heading, row) in sessionRows {
        if let heading {
          elements.append(
            .box(BoxShape(frame: Rect(x: 0, y: y, width: width, height: rowHeight), strokeWidth: 0, fillGray: 0.88)))
          let text = blocks.setter.block(
            heading, style: typography.label, x: 4, y: y + (rowHeight - textHeight) / 2, width: width - 8, maxLines: 1)
          elements.append(.text(text))
          y += rowHeight
        } else {
          boxRow(label: row.label, boxes: row.boxes)
        }
      }
    }
    // Day separators over the whole grid.
    for index in 0...7 {
      let x = min(labelWidth + Double(index) * dayWidth, width - 0.25)
      elements.append(.line(x1: x, y1: 0, x2: x, y2: y + painHeight, width: 0.5, gray: 0.5))
    }
    // Pain row: a write-in box per day.
    let painLabel = blocks.setter.block(
      wording.painRow, style: typography.label, x: 2, y: y + 4 * s, width: labelWidth - 6, maxLines: 2)
    elements.append(.text(painLabel))
    for index in 0..<7 {
      let x = labelWidth + Double(index) * dayWidth
      elements.append(
        .box(
          BoxShape(
            frame: Rect(x: x + 5, y: y + 5, width: dayWidth - 10, height: painHeight - 10), strokeWidth: 1.2,
            cornerRadius: 3)))
    }
    y += painHeight
    elements.append(.line(x1: 0, y1: y, x2: width, y2: y, width: 1.5, gray: 0))

    // What changed from last week, as much as fits above one ruled line for notes.
    y += 8 * s
    // When not all fit, the last line points to the full list at the front.
    var shown: [String] = []
    let changes = blocks.words.changes(week)
    for (index, change) in changes.enumerated() {
      let left = changes.count - index - 1
      let trial = blocks.labelledList(
        wording.newThisWeek, shown + [change] + (left > 0 ? [wording.moreChanges(left)] : []), width: width,
        maxLines: 2)
      guard y + trial.height + 8 * s + m.linesMinimum <= height else { break }
      shown.append(change)
    }
    if shown.count < changes.count {
      shown.append(wording.moreChanges(changes.count - shown.count))
    }
    if !shown.isEmpty {
      let changes = blocks.labelledList(wording.newThisWeek, shown, width: width, maxLines: 2)
      elements += changes.elements.map { $0.offsetBy(dx: 0, dy: y) }
      y += changes.height + 8 * s
    }
    let notesLabel = blocks.setter.block(
      wording.notesForTherapist, style: typography.label, x: 0, y: y, width: width, maxLines: 1)
    elements.append(.text(notesLabel))
    y += notesLabel.frame.height
    // The last ruled line keeps half a line clear of the footer's rule, so the two never
    // read as one double line; the first is always drawn when it fits at all.
    let lineGap = 22 * s
    var ruled = 0
    while y + lineGap <= height - (ruled > 0 ? lineGap / 2 : 0) {
      y += lineGap
      ruled += 1
      elements.append(.line(x1: 0, y1: y, x2: width, y2: y, width: 0.6, gray: 0.45))
    }
    return (Block(height: y, elements: elements), useCompact)
  }
}
