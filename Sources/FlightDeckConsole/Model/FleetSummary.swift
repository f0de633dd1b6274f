import FlightDeckCore

/// The fleet counts the header shows.
struct FleetSummary: Hashable, Sendable {
    var drones = 0
    var airborne = 0
    var lowBattery = 0
    var stale = 0
    var openAlerts = 0

    init(fleet: FleetState, now: Timestamp, staleAfter limit: Int64) {
        drones = fleet.drones.count
        for drone in fleet.drones.values {
            if drone.status.isAirborne { airborne += 1 }
            if drone.hasLowBattery { lowBattery += 1 }
            if drone.isStale(at: now, after: limit) { stale += 1 }
        }
        for alert in fleet.alerts.values where alert.phase == .open {
            openAlerts += 1
        }
    }
}
