import FlightDeckCore

/// How lag is sampled, judged and alerted on: the settings file's `console.lag_*` keys with their defaults.
struct LagSettings: Equatable {
    static let defaultIntervalSeconds = 3.0
    static let defaultWindow = 10

    var intervalSeconds: Double
    var policy: LagPolicy
    var alerts: LagAlertPolicy

    init(_ file: ConfigFile) {
        intervalSeconds = file.lagInterval ?? Self.defaultIntervalSeconds
        policy = LagPolicy(windowSize: file.lagWindow ?? Self.defaultWindow)
        alerts = LagAlertPolicy(threshold: Int64(file.lagAlertThreshold ?? Int(LagAlertPolicy.defaultThreshold)),
                                holdSeconds: file.lagAlertAfter ?? LagAlertPolicy.defaultHoldSeconds)
    }

    var intervalMilliseconds: Int { max(1, Int((intervalSeconds * 1000).rounded())) }
}
