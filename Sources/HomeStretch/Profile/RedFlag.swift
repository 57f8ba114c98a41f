/// Signs of serious disease: any one means referral, never an exercise plan (rule S0).
public enum RedFlag: String, Vocabulary {
  case saddleAnaesthesia = "saddle_anaesthesia"
  case bladderBowelChange = "bladder_bowel_change"
  case progressiveWeakness = "progressive_weakness"
  case fever
  case weightLoss = "weight_loss"
  case cancerHistory = "cancer_history"
  case majorTrauma = "major_trauma"
  case ivDrugUse = "iv_drug_use"
  case immunosuppression
}
