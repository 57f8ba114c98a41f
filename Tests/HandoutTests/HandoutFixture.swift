import Foundation
import Testing

@testable import Handout
@testable import HomeStretch

/// Shared fixtures for the handout tests: the repository's catalogue and fonts, and a set of
/// profiles that push the layout (large print, A4, six weeks, a very long name, non-Latin).
enum HandoutFixture {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let catalogue: Catalogue = {
    do {
      return try CatalogueLoader.load(directory: root.appendingPathComponent("Exercises").path)
    } catch {
      fatalError("catalogue: \(error)")
    }
  }()

  static var fontsPath: String { root.appendingPathComponent("Fonts").path }

  static let monday = CalendarDate(year: 2026, month: 11, day: 23)!

  static func profile(_ name: String = "Maria Lopez", configure: (inout Profile) -> Void = { _ in }) -> Profile {
    var profile = Profile(
      name: name, age: 46, condition: .piriformisSyndrome, side: .right, pain: 6, phase: .subacute, floor: true,
      equipment: [.strap, .chair], minutesPerDay: 20, sittingJob: true, numbness: [.rightLeg],
      health: [.osteoporosis], weeks: 4, start: monday,
      therapist: Therapist(name: "Dana Whitfield", clinic: "Riverside Physical Therapy", phone: "555-0142"),
      notes: "Sit on a cushion at work.")
    configure(&profile)
    return profile
  }

  static func plan(_ profile: Profile) -> Plan {
    Planner(catalogue: catalogue).plan(for: profile, start: monday)
  }

  static let longName =
    "Maria-Fernanda de los Ángeles Villanueva-Castellanos y Montenegro Oyarzún Balmaceda de la Fuente"

  /// Profiles covering the cases the issue names, by a short label.
  static let profiles: [(String, Profile)] = [
    ("sample", profile()),
    ("large print", profile { $0.largePrint = true }),
    ("a4", profile { $0.paper = .a4 }),
    (
      "six weeks",
      profile {
        $0.weeks = 6
        $0.minutesPerDay = 60
      }
    ),
    ("long name", profile(longName) { $0.notes = String(repeating: "Keep moving gently every day. ", count: 40) }),
    ("greek", profile("Αλέξανδρος Παπαδόπουλος")),
    ("cyrillic", profile("Дмитрий Иванов")),
    ("cjk and arabic", profile("王小明 محمد")),
    (
      "disc acute",
      profile {
        $0.condition = .sciaticaDisc
        $0.pain = 8
        $0.phase = .acute
        $0.floor = false
      }
    ),
    (
      "stenosis large",
      profile {
        $0.condition = .lumbarStenosis
        $0.side = .both
        $0.weeks = 6
        $0.largePrint = true
        $0.minutesPerDay = 45
      }
    ),
    (
      "gentle many sessions",
      profile {
        $0.condition = .nonspecificLBP
        $0.pain = 9
        $0.phase = .acute
        $0.minutesPerDay = 120
        $0.sittingJob = true
        $0.side = .both
      }
    ),
    (
      "settled full",
      profile {
        $0.condition = .sciaticaDisc
        $0.pain = 1
        $0.phase = .chronic
        $0.minutesPerDay = 120
        $0.side = .both
        $0.health = []
        $0.largePrint = true
      }
    ),
    ("referral", profile { $0.redFlags = [.saddleAnaesthesia, .fever, .cancerHistory] }),
  ]
}
