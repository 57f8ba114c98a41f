import Testing

@testable import Handout
@testable import HomeStretch

/// Issue 11 case 14: a class plan that overrides a row's own side or pain is a warning.
@Suite struct SamePlanCheckTests {
  @Test func aClassPlanForAnotherSideOrPainIsSaid() {
    let classPlan = HandoutFixture.plan(
      HandoutFixture.profile("Class") {
        $0.side = .right
        $0.pain = 6
      })
    let row = HandoutFixture.profile("Ben") {
      $0.side = .left
      $0.pain = 3
    }
    #expect(
      SamePlanCheck.overrides(row: row, given: classPlan) == [
        "side: this row says left, but the class plan it is given is for side right",
        "pain: this row says 3, but the class plan it is given is for pain 6",
      ])
    let own = HandoutFixture.plan(row)
    #expect(SamePlanCheck.overrides(row: row, given: own).isEmpty, "the row's own plan overrides nothing")
  }
}
