/// The sizes HomeStretch accepts, in one place for every input path (a file, bytes from a
/// web request, a roster): large enough for any real clinic, small enough that a hostile
/// file is refused in a moment.
public enum InputLimits {
  /// One profile, `--defaults` profile or catalogue item: they are a few kilobytes.
  public static let yamlFileBytes = 1_000_000
  /// One roster, CSV or YAML.
  public static let rosterBytes = 20_000_000
  /// Patients in one roster.
  public static let rosterPatients = 5_000
}
