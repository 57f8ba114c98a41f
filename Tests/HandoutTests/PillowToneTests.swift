import Testing

@testable import Handout

/// Pillows read as things on the bed, not as more of the body: a tone darker than the white
/// body, the mat or bed under them and the far leg beside them, light enough to go white on a cheap copy (where
/// their dark outline stays).
@Suite struct PillowToneTests {
  @Test func aPillowIsGreyerThanTheBodyAndTheBedButGoesWhiteOnACopy() throws {
    guard case .gray(let pillow) = try #require(FigureInk.pillow.fill(unit: 1)),
      case .gray(let mat) = try #require(FigureInk.mat.fill(unit: 1)),
      case .gray(let body) = try #require(FigureInk.body.fill(unit: 1))
    else {
      Issue.record("plain grey fills expected")
      return
    }
    #expect(pillow < mat - 0.05 && pillow < body - 0.1, "it shows against the mat and the body")
    // A pillow between the knees lies against the far leg: at the far limbs' tint it
    // merged with it and reviewers found no pillow.
    #expect(abs(pillow - FigureInk.farGray) > 0.1, "and against the far leg")
    #expect(pillow > 0.5, "a copier thresholding at 50 % leaves it white")
    let stroke = try #require(FigureInk.pillow.stroke(unit: 1))
    #expect(stroke.gray < 0.5, "its outline stays on the copy")
  }
}
