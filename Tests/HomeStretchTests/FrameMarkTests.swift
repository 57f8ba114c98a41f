import Foundation
import Testing

@testable import HomeStretch

/// Steps that point at the picture's numbered frames (issue 14, part 1): the markers in
/// the catalogue, their checks with file, line and field, and their words on the card.
@Suite struct FrameMarkTests {
  static let twoFrames = CatalogueTests.validItem.replacingOccurrences(
    of: "    right_knee: 100\n",
    with: "    right_knee: 100\n  end:\n    posture: seated\n    pelvis: 25\n    right_knee: 100\n")

  func problems(_ text: String) -> [String] {
    CatalogueTests().problems(["stretches/test_stretch.yaml": text])
  }

  @Test func aMarkerIsSplitFromItsStep() {
    #expect(FrameMark.split("Lean forward slowly. [1→2]") == ("Lean forward slowly.", .move))
    #expect(FrameMark.split("Sit down. [1]") == ("Sit down.", .start))
    #expect(FrameMark.split("Sit back up. [2→1]") == ("Sit back up.", .back))
    #expect(FrameMark.split("Sit down.") == ("Sit down.", nil))
  }

  @Test func twoFramesNeedTheStepThatMoves() {
    #expect(
      problems(Self.twoFrames).contains {
        $0.contains("test_stretch.yaml:18: steps: no step says when the picture goes from frame 1 to 2")
      })
    let marked = Self.twoFrames.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [1]")
      .replacingOccurrences(of: "- Stretch.", with: "- Stretch. [1→2]")
    #expect(problems(marked) == [])
    let backwards = Self.twoFrames.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [1→2]")
      .replacingOccurrences(of: "- Stretch.", with: "- Stretch. [1]")
    #expect(problems(backwards).contains { $0.contains("[1] (step 2) must come before [1→2] (step 1)") })
    let twice = Self.twoFrames.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [1→2]")
      .replacingOccurrences(of: "- Stretch.", with: "- Stretch. [1→2]")
    #expect(problems(twice).contains { $0.contains("[1→2] ends steps 1 and 2; give it once") })
  }

  @Test func repeatedMarkersAreNamedInTheOrderOfTheSteps() {
    let steps = ["Sit. [1]", "Lean. [1→2]", "Sit again. [1]", "Lean again. [1→2]"]
    let repeated = FrameMark.problems(in: steps, frames: 2).filter { $0.contains("give it once") }
    #expect(repeated == ["[1] ends steps 1 and 3; give it once", "[1→2] ends steps 2 and 4; give it once"])
  }

  @Test func oneFrameHasNoMove() {
    let text = CatalogueTests.validItem.replacingOccurrences(of: "- Stretch.", with: "- Stretch. [1→2]")
    #expect(
      problems(text).contains {
        $0.contains("steps: step 2 ends with [1→2], but this picture shows only frame 1 (the start)")
      })
    let start = CatalogueTests.validItem.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [1]")
    #expect(problems(start) == [], "frame 1 may be named")
  }

  @Test func anUnknownMarkerIsNamedWithTheAllowedOnes() {
    let text = Self.twoFrames.replacingOccurrences(of: "- Stretch.", with: "- Stretch. [4]")
    #expect(
      problems(text).contains {
        $0.contains("step 2 ends with '[4]', which is not a frame marker; allowed: [1], [1→2], [2→1]")
      })
    let third = Self.twoFrames.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [1→2]")
      .replacingOccurrences(of: "- Stretch.", with: "- Stretch. [2→3]")
    #expect(problems(third).contains { $0.contains("step 2 ends with [2→3], but this picture shows frames 1 to 2") })
  }

  static let threeFrames = twoFrames.replacingOccurrences(
    of: "  end:\n", with: "  middle:\n    posture: seated\n    neck: 30\n    right_knee: 100\n  end:\n")

  @Test func threeFramesNeedAMoveIntoEachInOrder() throws {
    #expect(FrameMark.split("Straighten the knee. [2→3]") == ("Straighten the knee.", FrameMark(2, to: 3)))
    #expect(FrameMark.split("Bend it again. [3→1]") == ("Bend it again.", FrameMark(3, to: 1)))
    #expect(FrameMark.split("Sit. [1→1]").mark == nil)
    let onlyFirst = Self.threeFrames.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [1→2]")
    #expect(
      problems(onlyFirst).contains {
        $0.contains("steps: no step says when the picture goes from frame 2 to 3: end that step with [2→3]")
      })
    let inOrder = onlyFirst.replacingOccurrences(of: "- Stretch.", with: "- Stretch. [2→3]")
    #expect(problems(inOrder) == [])
    let reversed = Self.threeFrames.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [2→3]")
      .replacingOccurrences(of: "- Stretch.", with: "- Stretch. [1→2]")
    #expect(problems(reversed).contains { $0.contains("[2→3] (step 1) must come after [1→2] (step 2)") })
    let backTooSoon = Self.threeFrames.replacingOccurrences(of: "- Sit down.", with: "- Sit down. [1→2]")
      .replacingOccurrences(of: "- Stretch.", with: "- Stretch. [2→3]")
      .replacingOccurrences(of: "steps:\n", with: "steps:\n  - Relax. [3→1]\n")
    #expect(problems(backTooSoon).contains { $0.contains("[3→1] (step 1) must come after [2→3]") })
    let middleAlone = CatalogueTests.validItem.replacingOccurrences(
      of: "    right_knee: 100\n", with: "    right_knee: 100\n  middle:\n    posture: seated\n")
    #expect(problems(middleAlone).contains { $0.contains("figure.middle: a middle frame needs an end: pose after it") })
  }

  @Test func aThreeFrameCardPointsAtEachStage() throws {
    let tensioner = try #require(Fixture.catalogue["sciatic_nerve_tensioner_seated"])
    #expect(tensioner.figure?.poses.count == 3)
    let plan = Fixture.plan(Fixture.profile(condition: .piriformisSyndrome))
    var planned = try #require(plan.items.first)
    planned.id = tensioner.id
    planned.stepVariant = nil
    let printed = Wording.english.steps(of: tensioner, for: planned)
    let arrow = "\u{00A0}→\u{00A0}"
    #expect(printed.filter { $0.hasSuffix("(1\(arrow)2)") }.count == 1, "\(printed)")
    #expect(printed.filter { $0.hasSuffix("(2\(arrow)3)") }.count == 1, "\(printed)")
    #expect(printed.filter { $0.hasSuffix("(3\(arrow)1)") }.count == 1, "\(printed)")
  }

  @Test func aStartOnlyVariantShowsOneFrame() {
    let text =
      Self.twoFrames.replacingOccurrences(of: "- Stretch.", with: "- Stretch. [1→2]")
        + """
        step_variants:
          - if: osteoporosis
            picture: start
            steps:
              - Sit down. [1]
              - Stretch a little. [1→2]

        """
    #expect(
      problems(text).contains {
        $0.contains("step_variants[1].steps: step 2 ends with [1→2], but this picture shows only frame 1")
      })
  }

  @Test func theCardSaysWhichPictureInWordsAndOnlyWithTwoFrames() throws {
    let catalogue = Fixture.catalogue
    let plan = Fixture.plan(Fixture.profile(condition: .piriformisSyndrome))
    var framed = 0
    for planned in plan.items {
      let item = try #require(catalogue[planned.id])
      let printed = Wording.english.steps(of: item, for: planned)
      #expect(printed.allSatisfy { !$0.contains("[") }, "\(item.id): no marker is printed as it is written")
      if item.printedFigure(for: planned)?.end != nil {
        framed += 1
        #expect(printed.filter { $0.hasSuffix("\u{00A0}(1\u{00A0}→\u{00A0}2)") }.count == 1, "\(item.id): \(printed)")
      } else {
        #expect(printed.allSatisfy { !$0.contains("→") && !$0.hasSuffix("(1)") }, "\(item.id): one frame, no pointer")
      }
    }
    #expect(framed >= 2, "the plan has items in two frames")
    // Every two-frame item of the catalogue says where the picture moves.
    for item in catalogue.items where item.figure?.end != nil {
      #expect(item.steps.filter { FrameMark.split($0).mark == .move }.count == 1, "\(item.id)")
    }
  }
}
