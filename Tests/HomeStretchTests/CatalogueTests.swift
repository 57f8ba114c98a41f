import Foundation
import Testing

@testable import HomeStretch

@Suite struct CatalogueTests {
  // MARK: The repository's catalogue

  @Test func repositoryCatalogueIsCompleteAndSound() throws {
    let catalogue = Fixture.catalogue
    #expect(catalogue.items.count >= 40)
    #expect(catalogue.items.filter { $0.kind == .thermal }.count >= 6)
    #expect(CatalogueChecker.check(catalogue.items).isEmpty)
    for kind in ItemKind.allCases {
      #expect(catalogue.items.contains { $0.kind == kind }, "no item of kind \(kind)")
    }
    for id in [
      "piriformis_supine_figure4", "piriformis_seated", "knee_to_chest_single", "knee_to_chest_double",
      "hamstring_strap_supine", "childs_pose", "hip_flexor_standing", "lower_trunk_rotation", "prone_lying",
      "prone_press_up", "standing_back_extension", "sciatic_nerve_glide_seated", "sciatic_nerve_glide_supine",
      "posterior_pelvic_tilt_supine", "glute_bridge", "bird_dog", "clamshell", "walking", "sitting_breaks_desk",
      "car_breaks",
    ] {
      #expect(catalogue[id] != nil, "missing \(id)")
    }
  }

  @Test func everyFloorItemLinksANonFloorAlternative() {
    for item in Fixture.catalogue.items where item.floor {
      #expect(!item.alternatives.isEmpty, "\(item.id)")
      for id in item.alternatives {
        #expect(Fixture.catalogue[id]?.floor == false, "\(item.id) → \(id)")
      }
    }
  }

  @Test func progressionLinksAreMutualAndPointToItems() {
    let catalogue = Fixture.catalogue
    for item in catalogue.items {
      if let harder = item.harder { #expect(catalogue[harder] != nil, "\(item.id).harder") }
      if let easier = item.easier { #expect(catalogue[easier] != nil, "\(item.id).easier") }
    }
    #expect(catalogue.items.contains { $0.harder != nil })
  }

  @Test func thermalItemsDeclareAreaBarrierAndWhenNotToUse() {
    for item in Fixture.catalogue.items where item.kind == .thermal {
      let thermal = item.thermal
      #expect(thermal != nil, "\(item.id)")
      #expect(thermal?.doNotUse.isEmpty == false, "\(item.id)")
      #expect(thermal?.barrier.isEmpty == false, "\(item.id)")
      #expect(item.dose.minutes != nil, "\(item.id)")
    }
  }

  // MARK: Problems in catalogue files

  static let validItem = """
    id: test_stretch
    name: Test stretch
    kind: stretch
    position: seated
    floor: false
    bias: neutral
    sided: true
    level: 1
    equipment: [chair]
    targets: [buttock]
    dose:
      reps: 3
      hold_seconds: 30
      times_per_day: 2
    tags: [seated]
    summary: A stretch used in tests.
    steps:
      - Sit down.
      - Stretch.
    feel: A gentle pull.
    stop_if:
      - Pain spreads down your leg.
    figure:
      props: [chair]
      shows: [seat_under_pelvis]
      highlight: buttock
      start:
        posture: seated
        right_hip: {flex: 95, rotate: 60}
        right_knee: 100

    """

  /// Loads a catalogue folder holding `files` (relative path → text); returns the messages.
  func problems(_ files: [String: String]) -> [String] {
    let folder = Fixture.temporaryFolder().appendingPathComponent("Exercises")
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? text.write(to: url, atomically: true, encoding: .utf8)
    }
    do {
      _ = try CatalogueLoader.load(directory: folder.path)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  @Test func validItemLoads() {
    #expect(problems(["stretches/test_stretch.yaml": Self.validItem]) == [])
  }

  @Test func unknownFieldNamesLineAndSuggests() {
    let text = Self.validItem.replacingOccurrences(of: "feel:", with: "feels:")
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(
      messages.contains {
        $0.contains("/Exercises/stretches/test_stretch.yaml:20: feels: unknown field")
          && $0.contains("did you mean 'feel'?")
      })
    #expect(messages.contains { $0.contains("feel: is required") })
  }

  @Test func closedVocabulariesAreEnforced() {
    let text = Self.validItem
      .replacingOccurrences(of: "kind: stretch", with: "kind: strech")
      .replacingOccurrences(of: "tags: [seated]", with: "tags: [seated, hip_flex]")
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(
      messages.contains { $0.contains(":3: kind: 'strech' is not known") && $0.contains("did you mean 'stretch'?") })
    #expect(messages.contains { $0.contains("tags: 'hip_flex' is not known") })
  }

  @Test func wrongTypesAndRangesAreReported() {
    let text = Self.validItem
      .replacingOccurrences(of: "floor: false", with: "floor: maybe")
      .replacingOccurrences(of: "level: 1", with: "level: 7")
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(messages.contains { $0.contains(":5: floor: must be true or false") })
    #expect(messages.contains { $0.contains(":8: level: 7 is out of range; allowed: a whole number from 1 to 3") })
  }

  @Test func figureJointsAnglesPropsAndAreasAreChecked() {
    let text = Self.validItem
      .replacingOccurrences(of: "props: [chair]", with: "props: [chiar]")
      .replacingOccurrences(of: "highlight: buttock", with: "highlight: elbow")
      .replacingOccurrences(of: "right_hip: {flex: 95, rotate: 60}", with: "right_hip: {flex: 95, twist: 60}")
      .replacingOccurrences(of: "right_knee: 100", with: "right_knee: -20\n    right_shin: 10")
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(messages.contains { $0.contains(":24: figure.props: 'chiar' is not known") && $0.contains("'chair'") })
    #expect(messages.contains { $0.contains(":26: figure.highlight: 'elbow' is not known") })
    #expect(messages.contains { $0.contains(":29: figure.start.right_hip.twist: unknown field") })
    #expect(
      messages.contains {
        $0.contains(":30: figure.start.right_knee: -20 is out of range; allowed: a number from 0 to 155")
      })
    #expect(messages.contains { $0.contains(":31: figure.start.right_shin: unknown field") })
  }

  @Test func anAngleWrittenWithoutAValueIsReported() {
    let text = Self.validItem.replacingOccurrences(
      of: "right_hip: {flex: 95, rotate: 60}", with: "right_hip: {flex: 95, rotate: }")
    #expect(
      problems(["stretches/test_stretch.yaml": text]).contains {
        $0.contains(":29: figure.start.right_hip.rotate: has no value; write a number from -45 to 95")
      })
  }

  @Test func figureMustAgreeWithTheItem() {
    let noFigure = String(Self.validItem[..<Self.validItem.range(of: "figure:")!.lowerBound])
    // An item without a picture still loads (its card shows a plain frame); check reports it.
    #expect(problems(["stretches/test_stretch.yaml": noFigure]) == [])
    let item = CatalogueItem(
      id: "x", name: "X", kind: .stretch, position: .seated, floor: false, bias: .neutral, sided: false, level: 1,
      equipment: [], targets: [], dose: Dose(reps: 1, timesPerDay: 1), tags: [], summary: "", steps: [], feel: "",
      stopIf: [], source: "stretches/x.yaml")
    #expect(
      FigureChecker.missing([item]).map(\.description) == [
        "stretches/x.yaml: figure: every item needs a picture: add a figure: block (see Exercises/README.md)"
      ])
    let lying = Self.validItem.replacingOccurrences(of: "posture: seated", with: "posture: supine")
      .replacingOccurrences(of: "props: [chair]", with: "props: [mat]")
    #expect(
      problems(["stretches/test_stretch.yaml": lying]).contains {
        $0.contains("figure.start.posture: 'supine' does not match position: seated")
      })
    let arrowWithoutEnd = Self.validItem.replacingOccurrences(
      of: "highlight: buttock", with: "highlight: buttock\n  arrow: right_knee")
    #expect(
      problems(["stretches/test_stretch.yaml": arrowWithoutEnd]).contains {
        $0.contains("figure.arrow: an arrow needs an end: pose")
      })
    let toAndFroWithoutArrow = Self.validItem.replacingOccurrences(
      of: "highlight: buttock", with: "highlight: buttock\n  motion: back_and_forth")
    #expect(
      problems(["stretches/test_stretch.yaml": toAndFroWithoutArrow]).contains {
        $0.contains("figure.motion: back_and_forth needs an arrow: joint to show it")
      })
    // A view of the last frame needs a last frame.
    let endViewAlone = Self.validItem.replacingOccurrences(
      of: "highlight: buttock", with: "highlight: buttock\n  end_view: side")
    #expect(
      problems(["stretches/test_stretch.yaml": endViewAlone]).contains {
        $0.contains("figure.end_view: a view of the last frame needs an end: pose")
      })
    // A tuck (swing: pelvis) needs the pelvis to tilt between start and end.
    func tuck(_ tilt: String) -> String {
      Self.validItem.replacingOccurrences(
        of: "highlight: buttock",
        with:
          "highlight: buttock\n  swing: pelvis\n  end:\n    posture: seated\n\(tilt)    right_hip: {flex: 95, rotate: 60}"
      )
    }
    #expect(
      problems(["stretches/test_stretch.yaml": tuck("")]).contains {
        $0.contains("figure.swing: 'pelvis' tilts the same at start and end")
      })
    #expect(
      !problems(["stretches/test_stretch.yaml": tuck("    pelvis: -10\n")]).contains { $0.contains("figure.swing") })
    let badMotion = Self.validItem.replacingOccurrences(
      of: "highlight: buttock", with: "highlight: buttock\n  motion: twice")
    #expect(
      problems(["stretches/test_stretch.yaml": badMotion]).contains {
        $0.contains("figure.motion:") && $0.contains("back_and_forth")
      })
    let unsided = Self.validItem.replacingOccurrences(of: "highlight: buttock", with: "working: none")
    #expect(
      problems(["stretches/test_stretch.yaml": unsided]).contains { $0.contains("a sided item must show its side") })
  }

  /// What the steps rely on (a counter held, a chair sat on) is declared in the figure, and
  /// each declared contact has the prop it needs.
  @Test func whatTheStepsRelyOnIsDeclared() {
    let undeclared = Self.validItem.replacingOccurrences(of: "  shows: [seat_under_pelvis]\n", with: "")
    #expect(
      problems(["stretches/test_stretch.yaml": undeclared]).contains {
        $0.contains("figure.shows: a figure sitting on a chair shows it: add seat_under_pelvis")
      })
    let counter = Self.validItem.replacingOccurrences(of: "equipment: [chair]", with: "equipment: [chair, counter]")
    #expect(
      problems(["stretches/test_stretch.yaml": counter]).contains {
        $0.contains("figure.shows: the item needs a counter: add counter_held")
      })
    let noProp = Self.validItem.replacingOccurrences(
      of: "shows: [seat_under_pelvis]", with: "shows: [seat_under_pelvis, counter_held]")
    #expect(
      problems(["stretches/test_stretch.yaml": noProp]).contains {
        $0.contains("figure.props: counter_held needs counter in props")
      })
    let unknown = Self.validItem.replacingOccurrences(
      of: "shows: [seat_under_pelvis]", with: "shows: [seat_under_pelvis, hands_on_head]")
    #expect(
      problems(["stretches/test_stretch.yaml": unknown]).contains {
        $0.contains("figure.shows: 'hands_on_head' is not known")
      })
    #expect(problems(["stretches/test_stretch.yaml": Self.validItem]) == [])
  }

  @Test func duplicateIDsAndMismatchedFileNames() {
    let messages = problems([
      "stretches/test_stretch.yaml": Self.validItem,
      "other/copy.yaml": Self.validItem,
    ])
    #expect(messages.contains { $0.contains("'test_stretch' is already used by") })
    #expect(
      messages.contains { $0.contains("/Exercises/other/copy.yaml: id: 'test_stretch' does not match the file name") })
  }

  @Test func linksThatPointNowhere() {
    let text = Self.validItem + "harder: test_strech_harder\nalternatives: [missing_item]\n"
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(messages.contains { $0.contains("harder: 'test_strech_harder' is not a catalogue item") })
    #expect(messages.contains { $0.contains("alternatives: 'missing_item' is not a catalogue item") })
  }

  @Test func floorItemsNeedANonFloorAlternative() {
    let text = Self.validItem
      .replacingOccurrences(of: "floor: false", with: "floor: true")
      .replacingOccurrences(of: "tags: [seated]", with: "tags: [seated, floor]")
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(messages.contains { $0.contains("alternatives: a floor item must link a chair or standing alternative") })
  }

  @Test func tagsMustAgreeWithFields() {
    let text = Self.validItem
      .replacingOccurrences(of: "tags: [seated]", with: "tags: [supine, floor]")
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(messages.contains { $0.contains("'supine' does not match position: seated") })
    #expect(messages.contains { $0.contains("add 'seated' to match position: seated") })
    #expect(messages.contains { $0.contains("'floor' must be tagged exactly when floor: true") })
  }

  @Test func thermalFieldsOnlyOnThermalItems() {
    let text = Self.validItem + "area: low_back\n"
    let messages = problems(["stretches/test_stretch.yaml": text])
    #expect(messages.contains { $0.contains("area: only thermal items (kind: thermal) have this field") })
  }

  @Test func malformedYAMLAndDuplicateKeysNameTheLine() {
    let broken = Self.validItem.replacingOccurrences(
      of: "steps:\n  - Sit down.", with: "steps:\n  - Sit down.\n   bad: [")
    let duplicate = Self.validItem + "name: Second name\n"
    let messages = problems(["a/test_stretch.yaml": broken, "b/dup.yaml": duplicate])
    #expect(
      messages.contains { $0.contains("/Exercises/a/test_stretch.yaml:") && $0.contains("is not valid YAML") })
    #expect(messages.contains { $0.contains("/Exercises/b/dup.yaml:31: name: is written more than once") })
  }

  @Test func missingOrEmptyFolder() {
    #expect(throws: InputErrors.self) { try CatalogueLoader.load(directory: "/nonexistent/Exercises") }
    #expect(problems([:]).contains { $0.contains("catalogue folder not found") || $0.contains("holds no item files") })
  }
}
