import FlightDeckCore

/// The newest open alerts under the fleet table, repeats on one row with their count; the alert feed (3)
/// has them all.
struct AlertStripPane {
    let state: ConsoleState

    func draw(in area: Rect, on grid: inout Grid) {
        guard area.height > 1 else { return }
        let theme = state.theme
        grid.write("ALERTS", row: area.row, column: area.column, width: area.width, style: theme.style(.tableHeader))
        let newest = Self.newestOpen(in: state, limit: area.height - 1)
        guard !newest.isEmpty else {
            grid.write("no open alerts", row: area.row + 1, column: area.column, width: area.width, style: theme.style(.dim))
            return
        }
        let levelWidth = 8
        let droneWidth = min(16, area.width / 4)
        let messageWidth = max(1, area.width - levelWidth - droneWidth - 2)
        for (offset, entry) in newest.enumerated() {
            let row = area.row + 1 + offset
            let alert = entry.alert
            grid.fill(row: row, column: area.column, width: area.width, style: theme.style(.text))
            grid.write(alert.level.rawValue.uppercased(), row: row, column: area.column, width: levelWidth,
                       style: theme.style(AlertPresentation.role(of: alert.level)))
            let repeats = entry.count > 1 ? " ×\(entry.count)" : ""
            grid.write((alert.message ?? alert.alertType ?? alert.id) + repeats, row: row,
                       column: area.column + levelWidth + 1, width: messageWidth, style: theme.style(.text))
            grid.write(alert.droneID ?? "", row: row, column: area.column + area.width - droneWidth, width: droneWidth,
                       style: theme.style(.dim), alignment: .trailing)
        }
    }

    /// The `limit` feed rows with open alerts raised last, newest first: each row's newest open alert and
    /// how many of its alerts are open. One pass over the groups.
    static func newestOpen(in state: ConsoleState, limit: Int) -> [(alert: AlertState, count: Int)] {
        var newest: [(alert: AlertState, count: Int)] = []
        for group in state.alertFeed.groups.values {
            let open = group.alerts(in: state.fleet).filter { $0.phase == .open }
            guard let alert = open.first else { continue }
            guard newest.count < limit || isNewer(alert, than: newest[newest.count - 1].alert) else { continue }
            let position = newest.firstIndex { isNewer(alert, than: $0.alert) } ?? newest.count
            newest.insert((alert, open.count), at: position)
            if newest.count > limit { newest.removeLast() }
        }
        return newest
    }

    private static func isNewer(_ alert: AlertState, than other: AlertState) -> Bool {
        alert.raisedAt != other.raisedAt ? alert.raisedAt > other.raisedAt : alert.id > other.id
    }
}
