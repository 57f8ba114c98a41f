/// Paper size of the printed handout.
public enum Paper: String, Vocabulary {
  case letter
  case a4
}
