/// File names made from patient names: letters and digits of any script kept, everything
/// else (slashes, dots, control characters, spaces) turned into single hyphens, lower case,
/// at most 80 characters, never empty and never starting with a dot.
public enum FileName {
  public static func safe(_ name: String, fallback: String = "handout") -> String {
    var result = ""
    var lastWasHyphen = true
    for scalar in name.lowercased().unicodeScalars {
      let keep = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      if keep && scalar.properties.generalCategory != .format {
        result.unicodeScalars.append(scalar)
        lastWasHyphen = false
      } else if !lastWasHyphen {
        result.append("-")
        lastWasHyphen = true
      }
      if result.count >= 80 { break }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? fallback : result
  }
}
