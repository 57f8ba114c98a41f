/// Areas where the patient has numbness or reduced sensation; no ice or heat goes there.
public enum NumbnessArea: String, Vocabulary {
  case leftLeg = "left_leg"
  case rightLeg = "right_leg"
  case leftButtock = "left_buttock"
  case rightButtock = "right_buttock"
  case lowBack = "low_back"
  case feet
}
