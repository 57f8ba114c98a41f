import Foundation
import Handout
import HomeStretch

/// Profiles as files and as the API's bodies: read by the command line's decoder, written
/// back as the YAML `homestretch plan` reads, and the plan as `plan --json` prints it.
extension PlanningService {
  /// A profile file made from a checked form: its YAML and a safe file name
  /// (`maria-lopez.yaml`).
  public struct ProfileFile: Sendable {
    public var yaml: String
    public var fileName: String
  }

  /// The form as a profile file, when the decoder accepts it; its problems otherwise.
  public func profileFile(from form: PatientForm) -> Result<ProfileFile, FormProblems> {
    profile(from: form).map { profile in
      ProfileFile(yaml: ProfileEncoder().encode(profile), fileName: FileName.safe(profile.name) + ".yaml")
    }
  }

  /// A profile from a YAML file's bytes (an upload, an API body), checked by the decoder;
  /// `file` names it in the messages.
  public func profile(yamlData data: Data, file: String) -> Result<Profile, InputErrors> {
    do throws(InputErrors) {
      return .success(try ProfileDecoder(knownItemIDs: catalogue.ids).decode(yamlData: data, file: file))
    } catch {
      return .failure(error)
    }
  }

  /// A profile from JSON with the profile's fields (`{"name": "...", "pain": 6, ...}`),
  /// by the same rules and messages as YAML.
  public func profile(json data: Data, file: String) -> Result<Profile, InputErrors> {
    do throws(InputErrors) {
      return .success(try ProfileDecoder(knownItemIDs: catalogue.ids).decode(json: data, file: file))
    } catch {
      return .failure(error)
    }
  }

  /// The profile's plan as `homestretch plan --json` prints it: the facts, and the texts in
  /// the service's wording beside them.
  public func planJSON(for profile: Profile) throws -> Data {
    try PlanJSON.encode(plan(for: profile), catalogue: catalogue, wording: wording)
  }
}
