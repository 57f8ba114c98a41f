import Foundation
import Handout
import HomeStretch

/// What the web pages ask of the libraries, one call per request: check a form with the
/// command line's decoder, plan it, print it. It holds what is loaded once at start (the
/// catalogue, the renderer pool); it keeps no patient data between calls.
public final class PlanningService: Sendable {
  public let catalogue: Catalogue
  public let pool: RendererPool
  public let wording: Wording
  /// Today, for the default start (the next Monday).
  public let today: @Sendable () -> CalendarDate
  /// The profiles of the `--data` folder the form can start from.
  public let samples: SampleProfiles
  /// Admission for renders: one worker per renderer of the pool, a short line, then 503.
  public let renderQueue: RenderQueue
  /// Admission for class rosters: one at a time (a roster already uses all renderers but
  /// one), none waiting: another upload meanwhile is answered 503 at once.
  public let rosterQueue: RenderQueue

  public init(
    catalogue: Catalogue, pool: RendererPool, wording: Wording = .english, samples: SampleProfiles = .init(folder: nil),
    renderQueue: RenderQueue? = nil,
    rosterQueue: RenderQueue = RenderQueue(workers: 1, waitingPerWorker: 0, retryAfter: 10),
    today: @escaping @Sendable () -> CalendarDate
  ) {
    self.catalogue = catalogue
    self.pool = pool
    self.wording = wording
    self.samples = samples
    self.renderQueue = renderQueue ?? RenderQueue(workers: pool.capacity)
    self.rosterQueue = rosterQueue
    self.today = today
  }

  /// A profile of the data folder in the form, checked by the decoder; a name that is not
  /// one of ``SampleProfiles/names`` is a problem, never a path opened.
  public func load(sample name: String) -> Result<PatientForm, FormProblems> {
    guard let path = samples.path(of: name) else {
      return .failure(FormProblems(byField: ["": ["'\(name)' is not a profile of the data folder"]]))
    }
    do {
      return .success(
        PatientForm(profile: try ProfileDecoder(knownItemIDs: catalogue.ids).decode(path: path, displayName: name)))
    } catch {
      return .failure(FormProblems(error))
    }
  }

  /// The form's profile, checked by the same decoder and rules as `homestretch plan`.
  public func profile(from form: PatientForm) -> Result<Profile, FormProblems> {
    do {
      return .success(
        try ProfileDecoder(knownItemIDs: catalogue.ids).decode(yaml: form.profileYAML, file: "form"))
    } catch {
      return .failure(FormProblems(error))
    }
  }

  /// The plan of a checked profile: from its start, or the next Monday.
  public func plan(for profile: Profile) -> Plan {
    Planner(catalogue: catalogue).plan(for: profile, start: profile.start ?? today().nextMondayOrSame)
  }

  /// The outcome of a preview request.
  public enum Preview: Sendable {
    /// The form has problems: shown again beside their fields.
    case problems(PatientForm, FormProblems)
    /// The plan, with the form it came from (include and exclude as changed) and the
    /// items the therapist asked for that safety refused, with the reason.
    case plan(PatientForm, Plan, refused: [Refusal])
  }

  /// An item the therapist asked to add back that a safety rule keeps out.
  public struct Refusal: Hashable, Sendable {
    public var id: String
    public var name: String
    public var reason: String
  }

  /// Checks and plans the form after the preview's change, if any: `remove` an item
  /// (excluded from then on) or `add` an excluded one back (included, still
  /// safety-checked). An include the plan cannot honour is refused with its reason and
  /// dropped from the form.
  public func preview(_ form: PatientForm, remove: String? = nil, add: String? = nil) -> Preview {
    var form = form
    if let remove { form.remove(remove.lowercased()) }
    if let add { form.add(add.lowercased()) }
    let profile: Profile
    switch self.profile(from: form) {
    case .failure(let problems): return .problems(form, problems)
    case .success(let checked): profile = checked
    }
    let plan = self.plan(for: profile)
    guard plan.status == .plan else { return .plan(form, plan, refused: []) }
    var refused: [Refusal] = []
    for id in form.include where !plan.items.contains(where: { $0.id == id }) {
      let exclusion = plan.excluded.first { $0.id == id }
      refused.append(
        Refusal(
          id: id, name: wording.name(of: id, in: catalogue),
          reason: exclusion?.reason ?? "the planner could not fit it into this plan"))
    }
    if !refused.isEmpty {
      form.include.removeAll { id in refused.contains { $0.id == id } }
    }
    return .plan(form, plan, refused: refused)
  }

  /// A printed handout: its bytes and a safe file name.
  public struct Handout: Sendable {
    public var pdf: Data
    public var fileName: String
  }

  /// The outcome of a print request.
  public enum Print: Sendable {
    case problems(PatientForm, FormProblems)
    case handout(Handout)
  }

  /// The PDF of the form's plan, drawn by a renderer of the pool (safe for many requests
  /// at once), with the paper and print size the form asks for.
  public func handout(_ form: PatientForm) throws(HandoutError) -> Print {
    let profile: Profile
    switch self.profile(from: form) {
    case .failure(let problems): return .problems(form, problems)
    case .success(let checked): profile = checked
    }
    let plan = self.plan(for: profile)
    var options = HandoutOptions(for: plan)
    options.wording = wording
    let catalogue = self.catalogue
    let pdf: Data
    do {
      pdf = try pool.withRenderer { try $0.render(plan, catalogue: catalogue, options: options) }
    } catch let error as HandoutError {
      throw error
    } catch {
      throw HandoutError("\(error)")
    }
    return .handout(Handout(pdf: pdf, fileName: FileName.safe(profile.name) + ".pdf"))
  }
}
