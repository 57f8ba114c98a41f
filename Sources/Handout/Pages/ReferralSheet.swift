import HomeStretch

/// The one page a referral profile gets instead of exercises: calm, clear, what to do now.
struct ReferralSheet {
  let plan: Plan
  let blocks: BlockBuilder

  var wording: Wording { blocks.wording }

  var typography: Typography { blocks.typography }

  func lay(into flow: inout FlowLayout) {
    let width = flow.width
    let s = typography.scale
    flow.bookmark(wording.referralTitle)
    var header = Block()
    let therapist = plan.patient.therapist
    header.stack(blocks.practice(therapist, width: width))
    header.stack(blocks.paragraph(plan.patient.name, style: typography.cardTitle, width: width, maxLines: 2), gap: 6)
    header.stack(blocks.paragraph(wording.referralTitle, style: typography.title, width: width, maxLines: 3), gap: 6)
    header.stack(blocks.paragraph(wording.referralHeadline, style: typography.body, width: width, maxLines: 4), gap: 8)
    flow.place(header)

    // The most urgent action, in a heavy box.
    let padding = 12 * s
    let actions = plan.referralReasons.map(wording.referralAction).reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    var inner = blocks.paragraph(wording.whatToDoNow, style: typography.heading, width: width - 2 * padding)
    inner.stack(
      blocks.list(Array(actions.prefix(3)), width: width - 2 * padding, style: typography.dose, maxLines: 3), gap: 4)
    var box = Block(
      height: inner.height + 2 * padding,
      elements: [
        .box(
          BoxShape(
            frame: Rect(x: 0, y: 0, width: width, height: inner.height + 2 * padding), strokeWidth: 3.5, cornerRadius: 6
          ))
      ])
    box.elements += inner.elements.map { $0.offsetBy(dx: padding, dy: padding) }
    flow.place(box, gap: typography.sectionGap)

    var reasons = blocks.heading(wording.whyWeAreReferring, width: width)
    reasons.stack(blocks.list(plan.referralReasons.map(wording.referralReason), width: width, maxLines: 4))
    flow.place(reasons, gap: typography.sectionGap)
    var calm = blocks.paragraph(wording.referralReassurance, style: typography.body, width: width, maxLines: 3)
    calm.stack(blocks.paragraph(wording.bringThisSheet, style: typography.bodyBold, width: width, maxLines: 3), gap: 6)
    if let phone = therapist.phone {
      calm.stack(
        blocks.paragraph("\(wording.callUs): \(phone)", style: typography.bodyBold, width: width, maxLines: 1), gap: 6)
    }
    flow.place(calm, gap: typography.sectionGap)
  }
}
