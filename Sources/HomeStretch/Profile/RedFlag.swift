/// Signs of serious disease: any one means referral, never an exercise plan (rule S0).
public enum RedFlag: String, Vocabulary {
  case saddleAnaesthesia = "saddle_anaesthesia"
  case bladderBowelChange = "bladder_bowel_change"
  case progressiveWeakness = "progressive_weakness"
  case fever
  case weightLoss = "weight_loss"
  case cancerHistory = "cancer_history"
  case majorTrauma = "major_trauma"
  /// A minor fall or lift in someone with osteoporosis, on long-term steroids or over 70:
  /// a possible fracture (rules.md (d)).
  case minorTraumaFractureRisk = "minor_trauma_fracture_risk"
  case ivDrugUse = "iv_drug_use"
  case immunosuppression
  /// Numbness in both legs: a widespread or bilateral nerve sign (rules.md (d)). The
  /// screen also finds it from `numbness: [left_leg, right_leg]` outside lumbar stenosis.
  case bilateralLegNumbness = "bilateral_leg_numbness"
}
