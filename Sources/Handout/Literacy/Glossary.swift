/// Words a reading-grade formula would count as hard that the handout defines or that are
/// the program's everyday words: they are not counted as hard (AHRQ PEMAT: medical terms
/// are fine when they are defined; the CDC index counts defined terms as plain).
enum Glossary {
  static let words: Set<String> = [
    // Conditions and body parts, each explained where it is first used.
    "sciatica", "sciatic", "piriformis", "stenosis", "osteoporosis", "hamstring", "hamstrings", "vertebra",
    "pelvic", "pelvis", "abdominal", "midwife", "obstetrician",
    // The program's own words, used on every page.
    "exercise", "exercises", "therapist", "therapists", "program", "programs", "emergency", "every",
    "everything", "evening", "evenings", "already", "tingling", "numbness", "another", "anything", "family",
  ]

  static func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }
}
