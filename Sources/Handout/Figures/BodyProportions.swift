/// Segment lengths and thicknesses, as fractions of body height (after Drillis and Contini's
/// anthropometric proportions), so every figure has the same human build.
struct BodyProportions: Sendable {
  var pelvisToWaist = 0.09
  var waistToNeck = 0.21
  var neck = 0.05
  var headRadius = 0.062
  var hipHalfWidth = 0.055
  var shoulderHalfWidth = 0.1
  var shoulderDrop = 0.025
  var thigh = 0.245
  var shank = 0.25
  var ankleHeight = 0.04
  var footForward = 0.115
  var heelBack = 0.03
  var upperArm = 0.175
  var forearm = 0.15
  var hand = 0.075

  /// Half the depth (front to back) and half the width of the trunk's cross-section.
  var chestDepth = 0.062
  var chestWidth = 0.085
  var pelvisDepth = 0.065
  var pelvisWidth = 0.085
  var thighRadius = (hip: 0.048, knee: 0.033)
  var shankRadius = (knee: 0.031, ankle: 0.02)
  var footRadius = 0.018
  var upperArmRadius = (shoulder: 0.027, elbow: 0.021)
  var forearmRadius = (elbow: 0.02, wrist: 0.015)
  var handRadius = 0.017
  var neckRadius = 0.023

  static let standard = BodyProportions()
}
