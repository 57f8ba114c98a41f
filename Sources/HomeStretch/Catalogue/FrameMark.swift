/// The marker a catalogue step may end with to point at the picture's numbered frames, in
/// no language: `[1]` (this step sets up what frame 1 shows), `[1→2]` (this step moves from
/// frame 1 to frame 2), `[2→3]` (on to a third frame), `[2→1]` or `[3→1]` (this step goes
/// back). The wording prints it in its own way ("(1 → 2)", the numbers of the frames); a
/// picture of one frame prints none.
public struct FrameMark: Hashable, Sendable, CustomStringConvertible {
  /// The frame the step starts from (or sets up, without `to`).
  public var from: Int
  /// The frame the step ends in; nil when the step sets up frame `from`.
  public var to: Int?

  public init(_ from: Int, to: Int? = nil) {
    self.from = from
    self.to = to
  }

  public static let start = FrameMark(1)
  public static let move = FrameMark(1, to: 2)
  public static let back = FrameMark(2, to: 1)

  /// As written in the catalogue: `[1]`, `[1→2]`.
  public var description: String { to.map { "[\(from)→\($0)]" } ?? "[\(from)]" }

  /// The forms a marker takes, for error messages.
  static let allowed = "[1], [1→2], [2→1] (or [2→3], [3→1] with a third frame)"

  /// The most frames a picture has.
  public static let mostFrames = 3

  /// A marker from its written form (`[2→3]`), frame numbers 1 to `mostFrames`.
  public init?(written: Substring) {
    guard written.hasPrefix("["), written.hasSuffix("]") else { return nil }
    let numbers = written.dropFirst().dropLast().split(separator: "→", omittingEmptySubsequences: false)
    let frames = numbers.compactMap { Int($0) }.filter { (1...Self.mostFrames).contains($0) }
    guard frames.count == numbers.count, let first = frames.first else { return nil }
    switch frames.count {
    case 1: self.init(first)
    case 2 where frames[0] != frames[1]: self.init(first, to: frames[1])
    default: return nil
    }
  }

  /// A step's text without its marker, and the marker.
  public static func split(_ step: String) -> (text: String, mark: FrameMark?) {
    guard step.hasSuffix("]"), let open = step.lastIndex(of: "["), let mark = FrameMark(written: step[open...])
    else { return (step, nil) }
    let text = step[..<open]
    return (String(text.reversed().drop(while: { $0 == " " }).reversed()), mark)
  }

  /// What is wrong with the markers of one list of steps for a picture of `frames` frames
  /// (0 when the item has no picture yet): each problem in words, none when they are right.
  /// Two or three frames: one step moves into each frame after the first, in order (`[1→2]`,
  /// then `[2→3]`), at most one `[n]` before the first move, and steps that go back come
  /// after the last move. One frame (a start-only picture): `[1]` at most. No picture yet:
  /// any marker (none is printed until the picture is drawn; `catalogue check` reports the
  /// missing picture).
  public static func problems(in steps: [String], frames: Int) -> [String] {
    var problems: [String] = []
    var marks: [(step: Int, mark: FrameMark)] = []
    for (index, step) in steps.enumerated() {
      let (text, mark) = split(step)
      if let mark {
        marks.append((index + 1, mark))
      } else if let open = text.lastIndex(of: "["), text.hasSuffix("]") {
        problems.append(
          "step \(index + 1) ends with '\(text[open...])', which is not a frame marker; allowed: \(allowed)")
      }
    }
    guard frames > 0 else { return problems }
    let shown = frames == 1 ? "only frame 1 (the start)" : "frames 1 to \(frames)"
    for (step, mark) in marks where max(mark.from, mark.to ?? 0) > frames || (frames == 1 && mark.to != nil) {
      problems.append("step \(step) ends with \(mark), but this picture shows \(shown)")
    }
    // Each repeated marker once, in the order the steps first give it (a Set's order
    // changes from run to run).
    for (index, mark) in marks.map(\.mark).enumerated() where !marks[..<index].contains(where: { $0.mark == mark }) {
      let steps = marks.filter { $0.mark == mark }.map(\.step)
      if steps.count > 1 {
        problems.append("\(mark) ends steps \(steps.map(String.init).joined(separator: " and ")); give it once")
      }
    }
    guard frames >= 2 else { return problems }
    var moves: [Int] = []
    for next in 2...frames {
      let mark = FrameMark(next - 1, to: next)
      guard let step = marks.first(where: { $0.mark == mark })?.step else {
        problems.append(
          "no step says when the picture goes from frame \(next - 1) to \(next): end that step with \(mark)")
        return problems
      }
      if let before = moves.last, step <= before {
        problems.append("\(mark) (step \(step)) must come after \(FrameMark(next - 2, to: next - 1)) (step \(before))")
      }
      moves.append(step)
    }
    let first = moves[0]
    let last = moves[moves.count - 1]
    for (step, mark) in marks where mark.to == nil && step >= first {
      problems.append("\(mark) (step \(step)) must come before \(FrameMark.move) (step \(first))")
    }
    for (step, mark) in marks where (mark.to.map { $0 < mark.from } ?? false) && step <= last {
      problems.append("\(mark) (step \(step)) must come after \(FrameMark(frames - 1, to: frames)) (step \(last))")
    }
    return problems
  }
}
