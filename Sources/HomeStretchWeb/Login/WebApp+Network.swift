import Hummingbird

extension WebApp {
  /// The application on the network: listening on `access.bindAddress`, answering to the
  /// names of `access.allowList` only, every page behind the therapist login of `login`.
  /// `onRunning` is told the addresses to open once it listens.
  public static func networkApplication(
    service: PlanningService, access: NetworkAccess, login: LoginGate, csrf: CSRFToken = .random(),
    onRunning: @escaping @Sendable ([String]) -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let router = router(service: service, hosts: access.allowList, csrf: csrf, login: login)
    let port = access.allowList.port ?? 80
    return Application(
      router: router,
      configuration: ApplicationConfiguration(address: .hostname(access.bindAddress, port: port), serverName: nil),
      onServerRunning: { _ in onRunning(access.addresses) })
  }

  /// Runs ``networkApplication(service:access:login:csrf:onRunning:)`` until the process
  /// is told to stop (Ctrl-C, SIGTERM).
  public static func serve(
    service: PlanningService, access: NetworkAccess, login: LoginGate,
    onRunning: @escaping @Sendable ([String]) -> Void
  ) async throws {
    try await networkApplication(service: service, access: access, login: login, onRunning: onRunning).runService()
  }
}
