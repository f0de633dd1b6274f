import FlightDeckCore

/// One list pane's rows, the operator's filter text, the selection and when the rows are rebuilt next.
struct PaneList: Hashable, Sendable {
    private(set) var rows = RowOrder.empty
    /// What the operator typed after `/`; empty shows every row.
    var filter = ""
    var cursor = ListCursor()
    var schedule = RebuildSchedule()

    mutating func replaceRows(with keys: [String], at now: Timestamp, visibleRows: Int) {
        rows = RowOrder(keys)
        schedule.didRebuild(at: now)
        cursor.keepVisible(in: rows, visibleRows: visibleRows)
    }

    var selectedIndex: Int? { cursor.selectedIndex(in: rows) }
    var selectedKey: String? { cursor.selectedKey(in: rows) }

    func firstVisibleRow(visibleRows: Int) -> Int {
        cursor.firstVisibleRow(in: rows, visibleRows: visibleRows)
    }
}
