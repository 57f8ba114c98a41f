/// Something an item's steps rely on that its picture must show: a support held, a hand
/// placed, a limb resting on another (`shows:` in the figure). `catalogue check` poses the
/// figure and finds each one in it, so a re-posed or new figure cannot drop what the steps
/// say (see Exercises/README.md).
public enum FigureContact: String, Vocabulary {
  /// A hand on the counter's top in every frame, the counter beside the body, not in it.
  case counterHeld = "counter_held"
  /// A counter beside the patient within reach, not held (hands busy elsewhere).
  case counterBeside = "counter_beside"
  /// A hand on the back of the chair beside the patient in every frame.
  case chairHeld = "chair_held"
  /// Every seated frame sits on the chair's seat (not in front of it or on its back).
  case seatUnderPelvis = "seat_under_pelvis"
  /// Every seated frame sits near the front of the seat, the back clear of the backrest
  /// ("sit near the front of the chair"): the chair is drawn with its seat behind the hips.
  case seatedNearFront = "seated_near_front"
  /// Each hand on the other shoulder in every frame.
  case armsCrossed = "arms_crossed"
  /// Each hand resting on a thigh in frame 1.
  case handsOnThighs = "hands_on_thighs"
  /// Both hands on the working thigh in every frame ("hold behind your thigh").
  case handsOnWorkingThigh = "hands_on_working_thigh"
  /// Both hands on the other thigh in the last frame (the figure-4 lying down).
  case handsOnOtherThigh = "hands_on_other_thigh"
  /// Each hand on the thigh of its own side in the last frame (both knees to the chest).
  case handsOnBothThighs = "hands_on_both_thighs"
  /// The working ankle resting on the other leg just above the knee, in every frame.
  case ankleOnKnee = "ankle_on_knee"
  /// The feet touching in every frame (a clamshell opens the knees, not the feet).
  case feetTogether = "feet_together"
  /// A hand between the small of the back and the floor, in frame 1.
  case handUnderLowBack = "hand_under_low_back"
  /// Both hands on the small of the back in every frame.
  case handsOnLowBack = "hands_on_low_back"
  /// A hand's fingertips on the front of the lower tummy in every frame.
  case fingertipsOnTummy = "fingertips_on_tummy"
  /// The bottom and the upper back against the wall in every frame.
  case backOnWall = "back_on_wall"
  /// A hand holding the ice cup on the skin.
  case cupInHand = "cup_in_hand"
}
