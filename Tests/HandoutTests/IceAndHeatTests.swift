import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Issue 14, parts 6 and 7: the ice and heat cards say where the pack goes and which side to
/// lie on, their clocks are readable, and a plan with every ice and heat routine keeps its
/// cover section inside the margins, every line once.
@Suite struct IceAndHeatTests {
  let renderer: HandoutRenderer

  init() throws {
    renderer = HandoutRenderer(fonts: try FontLibrary(directory: HandoutFixture.fontsPath))
  }

  static let thermalIDs = HandoutFixture.catalogue.items.filter { $0.kind == .thermal }.map(\.id)

  /// Every ice and heat item, with nothing in the profile (numbness, health) that excludes one.
  static func allThermal(_ configure: (inout Profile) -> Void = { _ in }) -> Profile {
    HandoutFixture.profile("Tom Baker") {
      $0.side = .left
      $0.numbness = []
      $0.health = []
      $0.minutesPerDay = 60
      $0.include = thermalIDs
      configure(&$0)
    }
  }

  static let profiles: [(String, Profile)] = [
    ("letter", allThermal()),
    ("large print", allThermal { $0.largePrint = true }),
    (
      "a4 large print right",
      allThermal {
        $0.largePrint = true
        $0.paper = .a4
        $0.side = .right
      }
    ),
    ("both sides", allThermal { $0.side = .both }),
  ]

  func layout(_ profile: Profile) -> (Plan, LaidOutDocument) {
    let plan = HandoutFixture.plan(profile)
    return (plan, renderer.layout(plan, catalogue: HandoutFixture.catalogue, options: HandoutOptions(for: plan)))
  }

  func texts(_ page: Page) -> [TextBlock] {
    page.elements.compactMap { if case .text(let block) = $0 { block } else { nil } }
  }

  @Test func thereAreEightRoutinesAndThePlanHasThemAll() throws {
    #expect(Self.thermalIDs.count == 8)
    let (plan, _) = layout(Self.allThermal())
    #expect(Set(plan.items.map(\.id)).isSuperset(of: Self.thermalIDs), "\(plan.items.map(\.id))")
  }

  @Test(arguments: profiles.map(\.0))
  func theIceAndHeatSectionStaysInsideTheMarginsWithEveryLineOnce(label: String) throws {
    let profile = Self.profiles.first { $0.0 == label }!.1
    let (plan, document) = layout(profile)
    let typography = Typography(largePrint: profile.largePrint)
    for (index, page) in document.pages.enumerated() {
      // The footer is the last four elements of a page: its rule, name, date and page number.
      let footerTop = page.contentFrame.maxY - typography.footerHeight
      for element in page.elements {
        #expect(page.contentFrame.contains(element.frame), "\(label) page \(index + 1): \(element) leaves the margins")
      }
      for element in page.elements.dropLast(4) {
        #expect(element.frame.maxY <= footerTop + 0.01, "\(label) page \(index + 1): \(element) runs into the footer")
      }
    }
    // The section in reading order, each line as printed (its bold lead with it): from its
    // heading to the next section's heading.
    let all = document.pages.flatMap { page in
      page.elements.dropLast(4).compactMap { element -> String? in
        guard case .text(let block) = element else { return nil }
        return block.lead.map { "\($0) \(block.text)" } ?? block.text
      }
    }
    #expect(all.filter { $0 == Wording.english.iceAndHeat }.count == 1, "one ice and heat heading")
    let start = try #require(all.firstIndex(of: Wording.english.iceAndHeat))
    let end = all[(start + 1)...].firstIndex(of: Wording.english.goodToKnow) ?? all.endIndex
    let section = Array(all[start..<end])
    // "Protect your skin: The same as above." points back to a line said once; it is no copy.
    let repeated = Dictionary(grouping: section, by: { $0 }).filter {
      $0.value.count > 1 && $0.key != "•" && !$0.key.hasSuffix(Wording.english.sameAsAbove)
    }
    #expect(
      section.filter { $0.hasPrefix(Wording.english.barrier + ":") && !$0.hasSuffix(Wording.english.sameAsAbove) }
        .count == Set(plan.items.compactMap { HandoutFixture.catalogue[$0.id]?.thermal?.barrier }).count,
      "\(label): each way to protect the skin said once")
    #expect(repeated.isEmpty, "\(label): repeated lines \(repeated.keys.sorted())")
    // Every routine is there, and every "do not" line that applies, once; no line is only a
    // shorter copy of another.
    for item in plan.items where item.kind == .thermal {
      #expect(
        section.contains { $0.contains(Wording.english.dose(item.dose, sided: item.side)) },
        "\(label): \(item.id) missing")
      for line in HandoutFixture.catalogue[item.id]!.printedDoNotUse(for: item) {
        let stem = line.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
        #expect(
          section.contains { $0.lowercased().hasPrefix(stem) }, "\(label): '\(line)' of \(item.id) is not said")
      }
    }
    for a in section where a != "•" {
      let stem = a.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
      for b in section where b != a && b.lowercased().hasPrefix(stem + ", or ") {
        Issue.record("\(label): '\(a)' is repeated inside '\(b)'")
      }
    }
  }

  @Test func doNotLinesAreSaidOnceEach() {
    let lines = [
      "On skin that is numb, broken or healing.", "Do not fall asleep with it on.",
      "On skin that is numb, broken or healing, or on a buttock or leg that feels numb.",
      "Do not fall asleep with it on.", "On a leg.", "On a leg that feels numb.",
    ]
    #expect(
      CoverPage.onceEach(lines) == [
        "On skin that is numb, broken or healing, or on a buttock or leg that feels numb.",
        "Do not fall asleep with it on.", "On a leg.", "On a leg that feels numb.",
      ])
  }

  @Test func captionsSayWhereThePackGoesAndWhichSideToLieOn() throws {
    func caption(_ id: String, _ side: AppliedSide) throws -> String? {
      FigureSlot.caption(try #require(HandoutFixture.catalogue[id]), side: side)
    }
    #expect(try caption("cold_pack_buttock", .left) == "Cold pack on your LEFT buttock. Lie on your RIGHT side.")
    #expect(try caption("cold_pack_buttock", .right) == "Cold pack on your RIGHT buttock. Lie on your LEFT side.")
    #expect(try caption("heat_pack_buttock", .left) == "Warm pack on your LEFT buttock. Lie on your RIGHT side.")
    #expect(
      try caption("ice_massage_buttock", .right)
        == "Rub ice in small circles on your RIGHT buttock. Lie on your LEFT side.")
    #expect(
      try caption("heat_pack_buttock", .both)
        == "Warm pack on your RIGHT buttock. Lie on your LEFT side. Repeat on the left.")
    #expect(try caption("cold_pack_low_back", .none) == "Cold pack on your lower back. Lie on your side.")
    #expect(try caption("moist_heat_pack_low_back", .none) == "Warm pack on your lower back. Lie on your side.")
    #expect(
      try caption("cold_or_heat_on_leg", .left)
        == "Cold or warm pack on the sore part of your LEFT leg. Rest your LEFT leg on a stool.")
    #expect(try caption("low_level_heat_wrap", .none) == "Warm pad on your lower back.")
    #expect(try caption("warm_shower", .none) == "Warm water on your lower back and buttocks.")
    // Exercises keep their "Dark leg" line.
    #expect(try caption("clamshell", .left) == "Dark leg: your LEFT leg")
  }

  @Test(arguments: profiles.map(\.0))
  func everyPackCardHasItsCaptionWholeAndAClockLabelOfBodySize(label: String) throws {
    let profile = Self.profiles.first { $0.0 == label }!.1
    let (plan, document) = layout(profile)
    let minimum = profile.largePrint ? 16.0 : 12.0
    var clocks = 0
    for item in plan.items where item.kind == .thermal {
      let source = try #require(HandoutFixture.catalogue[item.id])
      let page = try #require(
        document.pages.first { page in
          page.elements.contains { if case .figure(let slot) = $0 { slot.itemID == item.id } else { false } }
        }, "\(item.id) has no card")
      let caption = try #require(FigureSlot.caption(source, side: item.side))
      let block = try #require(texts(page).first { $0.text == caption }, "\(label): \(item.id): '\(caption)' missing")
      let measured = renderer.setter.measure(
        block.text, style: block.style, width: block.frame.width, maxLines: block.maxLines)
      #expect(!measured.shortened, "\(label): \(item.id): the caption is cut short")
      if item.side != .none, item.side != .both {
        #expect(caption.contains(item.side == .left ? "LEFT" : "RIGHT"))
      }
      for case .figure(let slot) in page.elements where slot.itemID == item.id {
        let drawing = try #require(slot.drawing)
        for case .label(let clock) in drawing.overlay {
          let size = FigurePainter.fitted(clock, setter: renderer.setter).style.size
          #expect(size >= minimum, "\(label): \(item.id): clock label '\(clock.text)' printed at \(size) pt")
          #expect(slot.frame.contains(clock.frame, tolerance: 0.5), "\(label): \(item.id): clock label outside")
          clocks += 1
        }
      }
    }
    #expect(clocks >= 7, "every timed pack has a clock")
  }

  /// A pack put on one side shows that side's leg dark, as the exercises do, mirrored for
  /// the left.
  @Test func aSidedPackShowsTheDarkLeg() throws {
    let sided = HandoutFixture.catalogue.items.filter { $0.kind == .thermal && $0.sided && $0.thermal!.area.isSided }
    #expect(sided.count == 4)
    for item in sided {
      let figure = try #require(item.figure)
      #expect(figure.working == .leg, "\(item.id)")
      let right = FigureScene.framed(
        figure, mirrored: false, timerMinutes: item.dose.minutes, width: 500, personHeight: 150, maxHeight: 250)
      let left = FigureScene.framed(
        figure, mirrored: true, timerMinutes: item.dose.minutes, width: 500, personHeight: 150, maxHeight: 250)
      func darkX(_ drawing: FigureDrawing) -> Double? {
        let points = drawing.items.filter { $0.role == .workingLimb }.flatMap(\.points)
        return points.isEmpty ? nil : points.map(\.x).reduce(0, +) / Double(points.count)
      }
      let r = try #require(darkX(right), "\(item.id): no dark leg")
      let l = try #require(darkX(left))
      let axis = right.panels[0].x + right.panels[0].maxX
      #expect(abs(l - (axis - r)) < 1e-6, "\(item.id): the dark leg is mirrored for the left")
    }
  }
}
