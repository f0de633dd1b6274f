/// Where each pane sits on a screen of a given size.
///
/// From top to bottom: the header line, the fleet table (its column titles, then one row per drone),
/// the alerts strip when there is room for it, and the status line.
struct ScreenLayout: Hashable, Sendable {
    /// Below this the console shows only a "terminal too small" message.
    static let minimumSize = TerminalSize(rows: 10, columns: 40)
    /// The alerts strip needs this many rows in all, or it is left out.
    static let rowsForAlerts = 20
    static let alertsHeight = 4

    let size: TerminalSize

    init(size: TerminalSize) {
        self.size = size
    }

    var isTooSmall: Bool {
        size.rows < Self.minimumSize.rows || size.columns < Self.minimumSize.columns
    }

    var header: Rect { Rect(row: 0, column: 0, height: 1, width: size.columns) }

    var fleetTable: Rect {
        Rect(row: 1, column: 0, height: size.rows - 2 - alerts.height, width: size.columns)
    }

    /// Drone rows the fleet table shows, below its column titles.
    var fleetRows: Int { max(0, fleetTable.height - 1) }

    var alerts: Rect {
        let height = size.rows >= Self.rowsForAlerts ? Self.alertsHeight : 0
        return Rect(row: size.rows - 1 - height, column: 0, height: height, width: size.columns)
    }

    var statusLine: Rect { Rect(row: size.rows - 1, column: 0, height: 1, width: size.columns) }
}
