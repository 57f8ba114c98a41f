/// Where the patient should feel an exercise, or where a pack goes: shaded with a pattern
/// on the picture, on the working side for sided items.
public enum BodyArea: String, Vocabulary {
  case buttock
  case backOfThigh = "back_of_thigh"
  case frontOfThigh = "front_of_thigh"
  case frontOfHip = "front_of_hip"
  case innerThigh = "inner_thigh"
  case outerHip = "outer_hip"
  case calf
  case wholeLeg = "whole_leg"
  case lowBack = "low_back"
  case lowBackAndButtocks = "low_back_and_buttocks"
  case belly
  case sideOfTrunk = "side_of_trunk"
  case upperBack = "upper_back"
}
