import FlightDeckCore

/// The fleet counts the header shows, and the open critical alerts that must reach the operator in every view.
///
/// Counting walks every drone and alert, a third of a frame's work at 10,000 drones, so the console counts
/// at most four times a second (`ConsoleState.refreshSummary`), not on every frame.
struct FleetSummary: Hashable, Sendable {
    var drones = 0
    var airborne = 0
    var lowBattery = 0
    /// Drones silent while the cluster could be heard.
    var stale = 0
    /// Drones not heard from since the console lost the cluster.
    var unheard = 0
    var openAlerts = 0
    var openCritical = 0
    /// The critical alert raised last among the open ones.
    var newestCritical: AlertState?

    init() {}

    init(fleet: FleetState, now: Timestamp, staleAfter limit: Int64, clusterLostAt: Timestamp? = nil) {
        drones = fleet.drones.count
        for drone in fleet.drones.values {
            if drone.status.isAirborne { airborne += 1 }
            if drone.hasLowBattery { lowBattery += 1 }
            switch drone.freshness(at: now, after: limit, clusterLostAt: clusterLostAt) {
            case .fresh: break
            case .silent: stale += 1
            case .unheard: unheard += 1
            }
        }
        for alert in fleet.alerts.values where alert.phase == .open {
            openAlerts += 1
            guard alert.level == .critical else { continue }
            openCritical += 1
            if newestCritical.map({ alert.raisedAt > $0.raisedAt || (alert.raisedAt == $0.raisedAt && alert.id > $0.id) }) ?? true {
                newestCritical = alert
            }
        }
    }
}
