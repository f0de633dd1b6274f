/// Where each part of the screen sits at a given size.
///
/// From top to bottom: the header line (pane tabs, critical alerts, fleet counts), the content of the pane
/// or detail view, the status line, and the key bar, which also takes typed input and messages.
/// The fleet pane keeps a strip of the newest open alerts under its table when there is room.
struct ScreenLayout: Hashable, Sendable {
    /// Below this the console shows only a "terminal too small" message.
    static let minimumSize = TerminalSize(rows: 10, columns: 40)
    /// The fleet pane's alert strip needs this many rows in all, or it is left out.
    static let rowsForAlertStrip = 20
    static let alertStripHeight = 4

    let size: TerminalSize

    init(size: TerminalSize) {
        self.size = size
    }

    var isTooSmall: Bool {
        size.rows < Self.minimumSize.rows || size.columns < Self.minimumSize.columns
    }

    var header: Rect { Rect(row: 0, column: 0, height: 1, width: size.columns) }

    var content: Rect { Rect(row: 1, column: 0, height: size.rows - 3, width: size.columns) }

    var statusLine: Rect { Rect(row: size.rows - 2, column: 0, height: 1, width: size.columns) }

    var keyBar: Rect { Rect(row: size.rows - 1, column: 0, height: 1, width: size.columns) }

    var fleetTable: Rect {
        Rect(row: content.row, column: 0, height: content.height - alertStrip.height, width: size.columns)
    }

    var alertStrip: Rect {
        let height = size.rows >= Self.rowsForAlertStrip ? Self.alertStripHeight : 0
        return Rect(row: content.row + content.height - height, column: 0, height: height, width: size.columns)
    }

    /// Drone rows of the fleet table, below its column titles.
    var fleetRows: Int { max(0, fleetTable.height - 1) }

    /// Rows of a list that fills the content area, below its column titles.
    var listRows: Int { max(0, content.height - 1) }
}
