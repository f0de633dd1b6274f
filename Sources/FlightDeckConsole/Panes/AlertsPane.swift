import FlightDeckCore

/// The newest open alerts under the fleet table: level, message and drone.
struct AlertsPane {
    let fleet: FleetState
    let theme: Theme

    func draw(in area: Rect, on grid: inout Grid) {
        guard area.height > 1 else { return }
        let newest = Self.newestOpenAlerts(in: fleet, limit: area.height - 1)
        grid.write("ALERTS", row: area.row, column: area.column, width: area.width, style: theme.style(.tableHeader))
        guard !newest.isEmpty else {
            grid.write("no open alerts", row: area.row + 1, column: area.column, width: area.width, style: theme.style(.dim))
            return
        }
        let levelWidth = 8
        let droneWidth = min(16, area.width / 4)
        let messageWidth = max(1, area.width - levelWidth - droneWidth - 2)
        for (offset, alert) in newest.enumerated() {
            let row = area.row + 1 + offset
            grid.fill(row: row, column: area.column, width: area.width, style: theme.style(.text))
            grid.write(alert.level.rawValue.uppercased(), row: row, column: area.column, width: levelWidth,
                       style: theme.style(Self.role(of: alert.level)))
            grid.write(alert.message ?? alert.alertType ?? alert.id, row: row, column: area.column + levelWidth + 1,
                       width: messageWidth, style: theme.style(.text))
            grid.write(alert.droneID ?? "", row: row, column: area.column + area.width - droneWidth, width: droneWidth,
                       style: theme.style(.dim), alignment: .trailing)
        }
    }

    static func role(of level: AlertLevel) -> ThemeRole {
        switch level {
        case .critical: .alertCritical
        case .warning: .alertWarning
        default: .alertInfo
        }
    }

    /// The `limit` most recently raised open alerts, newest first, in one pass over all alerts.
    static func newestOpenAlerts(in fleet: FleetState, limit: Int) -> [AlertState] {
        var newest: [AlertState] = []
        for alert in fleet.alerts.values where alert.phase == .open {
            guard newest.count < limit || isNewer(alert, than: newest[newest.count - 1]) else { continue }
            let position = newest.firstIndex { isNewer(alert, than: $0) } ?? newest.count
            newest.insert(alert, at: position)
            if newest.count > limit { newest.removeLast() }
        }
        return newest
    }

    private static func isNewer(_ alert: AlertState, than other: AlertState) -> Bool {
        alert.raisedAt != other.raisedAt ? alert.raisedAt > other.raisedAt : alert.id > other.id
    }
}
