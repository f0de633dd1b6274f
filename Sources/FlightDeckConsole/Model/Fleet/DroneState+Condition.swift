import FlightDeckCore

extension DroneState {
    /// Below this charge a drone counts as low on battery and its battery shows red.
    static let lowBatteryPercent = 20.0

    var hasLowBattery: Bool {
        guard let battery else { return false }
        return battery < Self.lowBatteryPercent
    }

    /// Not heard from for longer than `limit` milliseconds at `now`.
    func isStale(at now: Timestamp, after limit: Int64) -> Bool {
        now.millisecondsSinceEpoch - lastSeen.millisecondsSinceEpoch > limit
    }

    /// Whether the drone's news is current and, when it is not, whose silence it is: a drone that was still
    /// fresh when the console lost the cluster (`clusterLostAt`) may be reporting still, unheard.
    func freshness(at now: Timestamp, after limit: Int64, clusterLostAt: Timestamp?) -> Freshness {
        guard isStale(at: now, after: limit) else { return .fresh }
        guard let clusterLostAt, !isStale(at: clusterLostAt, after: limit) else { return .silent }
        return .unheard
    }
}

/// How current a drone's state is.
enum Freshness: Hashable, Sendable {
    case fresh
    /// Stale: nothing came from the drone while the console could hear the cluster.
    case silent
    /// Stale because the console lost the cluster while the drone was still reporting.
    case unheard

    /// The word shown after the drone's age, if any.
    var marker: String? {
        switch self {
        case .fresh: nil
        case .silent: "stale"
        case .unheard: "kafka?"
        }
    }

    var role: ThemeRole {
        switch self {
        case .fresh: .text
        case .silent: .stale
        case .unheard: .statusWarn
        }
    }
}
