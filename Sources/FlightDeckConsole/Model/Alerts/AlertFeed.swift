import FlightDeckCore

/// The alert pane's rows: every alert the fleet holds, repeats grouped, the group raised last first.
struct AlertFeed: Hashable, Sendable {
    private(set) var groups: [String: AlertGroup] = [:]
    var list = PaneList()

    mutating func rebuild(fleet: FleetState, at now: Timestamp, visibleRows: Int) {
        var members: [String: [AlertState]] = [:]
        for alert in fleet.alerts.values {
            members[AlertGroup.key(of: alert), default: []].append(alert)
        }
        groups = Dictionary(uniqueKeysWithValues: members.map { key, alerts in (key, AlertGroup(key: key, members: alerts)) })
        let query = TextQuery(list.filter)
        let shown = groups.values.filter { group in
            guard let newest = group.alerts(in: fleet).first else { return false }
            return query.matches(newest.droneID, newest.alertType, newest.level.rawValue, newest.message, newest.id)
        }.sorted { lhs, rhs in
            lhs.newestRaisedAt != rhs.newestRaisedAt ? lhs.newestRaisedAt > rhs.newestRaisedAt : lhs.key < rhs.key
        }
        list.replaceRows(with: shown.map(\.key), at: now, visibleRows: visibleRows)
    }

    var selectedGroup: AlertGroup? {
        list.selectedKey.flatMap { groups[$0] }
    }

    /// The groups the rows show, in order.
    var shownGroups: [AlertGroup] {
        list.rows.keys.compactMap { groups[$0] }
    }
}
