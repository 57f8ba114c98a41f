/// Body areas an item works on.
public enum BodyTarget: String, Vocabulary {
  case lowBack = "low_back"
  case buttock
  case piriformis
  case glutes
  case hamstrings
  case hipFlexors = "hip_flexors"
  case hipAbductors = "hip_abductors"
  case core
  case backExtensors = "back_extensors"
  case sciaticNerve = "sciatic_nerve"
  case thighs
  case wholeBody = "whole_body"
  case posture
  case spine
}
