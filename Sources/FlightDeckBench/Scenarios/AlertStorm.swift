import FlightDeckCore

/// An alert storm: `drones` drones each raising and clearing the same few kinds of trouble, round after round,
/// until `conditions` raw conditions have been raised. Fed straight to the aggregator.
public struct AlertStorm: Sendable {
    public static let types = ["link_lost", "battery_low", "gps_weak", "no_fly_zone_violation"]

    public var conditions: Int
    public var drones: Int

    public init(conditions: Int = 10_000, drones: Int = 500) {
        self.conditions = conditions
        self.drones = max(1, drones)
    }

    /// Raises the storm through `aggregator`, a round a minute, and returns what it did.
    public func run(through aggregator: inout AlertAggregator, from start: Timestamp) -> AlertStatistics {
        var raised = 0
        var round = 0
        while raised < conditions {
            let roundStart = start.adding(milliseconds: Int64(round) * 60_000)
            for drone in 0..<drones where raised < conditions {
                let time = roundStart.adding(milliseconds: Int64(drone) * 100)
                for type in Self.types where raised < conditions {
                    let key = AlertKey(droneID: "drone-\(drone)", type: type)
                    _ = aggregator.apply(.raised(AlertCondition(key: key, level: .warning, message: "\(key.droneID) \(type)"), at: time))
                    raised += 1
                }
                if drone % 50 == 0 { _ = aggregator.tick(now: time) }
            }
            let clearing = roundStart.adding(milliseconds: 55_000)
            for drone in 0..<drones {
                for type in Self.types {
                    _ = aggregator.apply(.cleared(AlertKey(droneID: "drone-\(drone)", type: type), at: clearing))
                }
            }
            round += 1
        }
        _ = aggregator.tick(now: start.adding(milliseconds: Int64(round) * 60_000))
        return aggregator.statistics
    }
}
