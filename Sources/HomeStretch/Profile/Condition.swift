/// The working diagnosis the therapist gives.
public enum Condition: String, Vocabulary {
  case sciaticaDisc = "sciatica_disc"
  case piriformisSyndrome = "piriformis_syndrome"
  case lumbarStenosis = "lumbar_stenosis"
  case degenerativeDisc = "degenerative_disc"
  case nonspecificLBP = "nonspecific_lbp"
  case pregnancySciatica = "pregnancy_sciatica"

  /// Disc-related conditions, which default to an extension bias (rule S3).
  public var isDisc: Bool { self == .sciaticaDisc || self == .degenerativeDisc }
}
