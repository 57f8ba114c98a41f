import Testing

@testable import Handout
@testable import HomeStretch

/// "Sit near the front of the chair": an item that declares `seated_near_front` is drawn
/// with the seat reaching back behind the hips, and the check finds it; the same pose on a
/// chair placed as for sitting back fails it.
@Suite struct NearFrontTests {
  @Test func aPatientToldToSitNearTheFrontIsDrawnThere() throws {
    for id in ["sit_to_stand", "hamstring_seated_chair", "piriformis_seated"] {
      let figure = try #require(HandoutFixture.catalogue.items.first { $0.id == id }?.figure)
      #expect(figure.shows.contains(.seatedNearFront), "\(id)")
      #expect(
        FigureContactCheck.failure(.seatedNearFront, frames: FigureContactCheck.posedFrames(figure), spec: figure)
          == nil, "\(id)")
      // Without the declaration the chair's back stands right behind the hips.
      var back = figure
      back.shows.removeAll { $0 == .seatedNearFront }
      let why = FigureContactCheck.failure(.seatedNearFront, frames: FigureContactCheck.posedFrames(back), spec: back)
      #expect(why?.contains("back half of the seat") == true, "\(id): \(why ?? "passes")")
    }
    // A figure that sits back against the backrest (the lumbar roll) keeps its chair.
    let roll = try #require(HandoutFixture.catalogue.items.first { $0.id == "lumbar_roll_sitting" }?.figure)
    #expect(!roll.shows.contains(.seatedNearFront))
  }
}
