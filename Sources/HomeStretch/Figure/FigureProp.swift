/// Things drawn with the figure. Each is placed from the pose: a chair under the seated
/// pelvis, a step under the raised foot, a strap from the hands to the foot.
public enum FigureProp: String, Vocabulary {
  /// An exercise mat under a figure on the floor.
  case mat
  /// A bed under a figure lying down (raised off the floor).
  case bed
  /// A kitchen chair under a seated figure.
  case chair
  /// A low stool or sofa end under the working heel.
  case stool
  /// A wall behind the figure.
  case wall
  /// A step or low stool under the working foot.
  case step
  /// A counter or table: in front when both hands reach forward to it, otherwise beside
  /// the patient on the far side, under the far hand when it holds it.
  case counter
  /// A sturdy chair beside the patient, side-on, its back held (kneeling down, standing
  /// on one leg).
  case chairToHold = "chair_to_hold"
  /// A strap or towel from the hands round the working foot.
  case strap
  /// A cushion under the kneeling knee.
  case cushion
  /// A pillow under the head.
  case pillowUnderHead = "pillow_under_head"
  /// A pillow between the knees.
  case pillowBetweenKnees = "pillow_between_knees"
  /// A pillow under the knees.
  case pillowUnderKnees = "pillow_under_knees"
  /// A pillow under the belly.
  case pillowUnderBelly = "pillow_under_belly"
  /// A rolled towel behind the low back.
  case lumbarRoll = "lumbar_roll"
  /// A cold pack on the highlighted area.
  case coldPack = "cold_pack"
  /// A warm pack on the highlighted area.
  case heatPack = "heat_pack"
  /// A wrap worn round the low back.
  case heatWrap = "heat_wrap"
  /// A thin towel between a cold or warm pack and the skin: a pale cloth round the pack.
  case towel
  /// An ice cup rubbed on the highlighted area.
  case iceCup = "ice_cup"
  /// A shower head with warm water on the low back.
  case shower
  /// A desk in front of a seated figure.
  case desk
  /// A car seat: a chair drawn with a steering wheel.
  case carSeat = "car_seat"
}
