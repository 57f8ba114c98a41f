/// The catalogue's closed classification vocabulary; the planner's safety rules read these.
public enum ItemTag: String, Vocabulary {
  case extensionBias = "extension_bias"
  case flexionBias = "flexion_bias"
  case nerveGlide = "nerve_glide"
  case piriformisStretch = "piriformis_stretch"
  case hamstringStretch = "hamstring_stretch"
  case hipFlexorStretch = "hip_flexor_stretch"
  case strengthening
  case walking
  case sittingBreaks = "sitting_breaks"
  case heat
  case cold
  case floor
  case prone
  case supine
  case sideLying = "side_lying"
  case quadruped
  case kneeling
  case seated
  case standing
  case loadedFlexion = "loaded_flexion"
  case trunkRotation = "trunk_rotation"
  case hipFlexionOver90 = "hip_flexion_over_90"
  case hipAdduction = "hip_adduction"
  case hipInternalRotation = "hip_internal_rotation"

  /// Tags naming a hip position that posterior hip precautions forbid (rule S5).
  public static let posteriorHipRisks: [ItemTag] = [.hipFlexionOver90, .hipAdduction, .hipInternalRotation]

  /// Tags naming a body position; exactly the one matching the item's position is allowed.
  public static let positions: [ItemTag] = [.prone, .supine, .sideLying, .quadruped, .kneeling, .seated, .standing]
}
