/// The marker a catalogue step may end with to point at the picture's numbered frames, in
/// no language: `[1]` (this step sets up what frame 1 shows), `[1→2]` (this step moves from
/// frame 1 to frame 2), `[2→1]` (this step goes back). The wording prints it in its own
/// way ("(1 → 2)", the numbers of the frames); a picture of one frame prints none.
public enum FrameMark: String, CaseIterable, Sendable {
  case start = "[1]"
  case move = "[1→2]"
  case back = "[2→1]"

  /// A step's text without its marker, and the marker.
  public static func split(_ step: String) -> (text: String, mark: FrameMark?) {
    for mark in allCases where step.hasSuffix(mark.rawValue) {
      let text = String(step.dropLast(mark.rawValue.count))
      return (String(text.reversed().drop(while: { $0 == " " }).reversed()), mark)
    }
    return (step, nil)
  }

  /// What is wrong with the markers of one list of steps for a picture of `frames` frames
  /// (0 when the item has no picture yet): each problem in words, none when they are right.
  /// Two frames: exactly one `[1→2]`, at most one `[1]` before it and one `[2→1]` after it.
  /// One frame (a start-only picture): `[1]` at most. No picture yet: any marker (none is
  /// printed until the picture is drawn; `catalogue check` reports the missing picture).
  public static func problems(in steps: [String], frames: Int) -> [String] {
    var problems: [String] = []
    var marks: [(step: Int, mark: FrameMark)] = []
    for (index, step) in steps.enumerated() {
      let (text, mark) = split(step)
      if let mark {
        marks.append((index + 1, mark))
      } else if let open = text.lastIndex(of: "["), text.hasSuffix("]") {
        problems.append(
          "step \(index + 1) ends with '\(text[open...])', which is not a frame marker; allowed: "
            + allCases.map(\.rawValue).joined(separator: ", "))
      }
    }
    guard frames > 0 else { return problems }
    let allowed: Set<FrameMark> = frames >= 2 ? [.start, .move, .back] : [.start]
    for (step, mark) in marks where !allowed.contains(mark) {
      problems.append("step \(step) ends with \(mark.rawValue), but this picture shows only frame 1 (the start)")
    }
    for mark in allCases {
      let steps = marks.filter { $0.mark == mark }.map(\.step)
      if steps.count > 1 {
        problems.append(
          "\(mark.rawValue) ends steps \(steps.map(String.init).joined(separator: " and ")); give it once")
      }
    }
    guard frames >= 2 else { return problems }
    guard let move = marks.first(where: { $0.mark == .move })?.step else {
      problems.append(
        "no step says when the picture goes from frame 1 to 2: end that step with \(FrameMark.move.rawValue)")
      return problems
    }
    if let start = marks.first(where: { $0.mark == .start })?.step, start >= move {
      problems.append(
        "\(FrameMark.start.rawValue) (step \(start)) must come before \(FrameMark.move.rawValue) (step \(move))")
    }
    if let back = marks.first(where: { $0.mark == .back })?.step, back <= move {
      problems.append(
        "\(FrameMark.back.rawValue) (step \(back)) must come after \(FrameMark.move.rawValue) (step \(move))")
    }
    return problems
  }
}
