import FlightDeckCore

/// Alerts of one type on one drone, shown as a single feed row with a repeat count.
struct AlertGroup: Hashable, Sendable {
    let key: String
    /// Newest first.
    let alertIDs: [String]
    let newestRaisedAt: Timestamp

    /// A group of `members`, which share `key`; at least one.
    init(key: String, members: [AlertState]) {
        let ordered = members.sorted { lhs, rhs in
            lhs.raisedAt != rhs.raisedAt ? lhs.raisedAt > rhs.raisedAt : lhs.id > rhs.id
        }
        self.key = key
        alertIDs = ordered.map(\.id)
        newestRaisedAt = ordered.first?.raisedAt ?? Timestamp(millisecondsSinceEpoch: 0)
    }

    /// Repeats share the drone and the alert type; an alert without a type repeats nothing.
    static func key(of alert: AlertState) -> String {
        (alert.droneID ?? "") + "\u{1F}" + (alert.alertType ?? "#" + alert.id)
    }

    /// The group's alerts still held by the fleet, newest first.
    func alerts(in fleet: FleetState) -> [AlertState] {
        alertIDs.compactMap { fleet.alerts[$0] }
    }

    /// Open while any of its alerts is open, acknowledged while any is, else resolved.
    func phase(in fleet: FleetState) -> AlertPhase {
        alerts(in: fleet).map(\.phase).min() ?? .resolved
    }
}
