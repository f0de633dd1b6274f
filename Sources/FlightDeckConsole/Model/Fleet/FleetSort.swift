import FlightDeckCore

/// How the fleet table is ordered: by one column, ascending or descending, ties in natural id order.
///
/// Drones without a value in the column (no battery reading yet) come last either way.
struct FleetSort: Hashable, Sendable {
    var column = FleetColumn.drone
    var isDescending = false

    /// Whether the order can change without drones arriving or leaving, because it follows live values.
    var followsLiveValues: Bool { column != .drone }

    /// `ids`, given in natural order, in this sort's order.
    func ordered(_ ids: [String], in fleet: FleetState) -> [String] {
        guard column != .drone else { return isDescending ? ids.reversed() : ids }
        var keyed: [(id: String, key: SortKey?, position: Int)] = []
        keyed.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() {
            keyed.append((id, fleet.drones[id].flatMap { key(of: $0, in: fleet) }, position))
        }
        let descending = isDescending
        keyed.sort { lhs, rhs in
            switch (lhs.key, rhs.key) {
            case (let left?, let right?) where left != right: descending ? left > right : left < right
            case (nil, _?): false
            case (_?, nil): true
            default: lhs.position < rhs.position
            }
        }
        return keyed.map(\.id)
    }

    private enum SortKey: Comparable {
        case number(Double)
        case text(String)
    }

    private func key(of drone: DroneState, in fleet: FleetState) -> SortKey? {
        switch column {
        case .drone: .text(drone.id)
        case .status: .text(drone.status.rawValue)
        case .battery: drone.battery.map(SortKey.number)
        case .position: drone.location.map { .number($0.latitude) }
        case .altitude: drone.location?.altitude.map(SortKey.number)
        case .speed: drone.speed.map(SortKey.number)
        case .task: drone.currentTaskID.map { .text(fleet.tasks[$0]?.currentStep ?? $0) }
        // Ascending age, as the column shows it: the drone heard from most recently first.
        case .lastSeen: .number(-Double(drone.lastSeen.millisecondsSinceEpoch))
        }
    }
}
