import FlightDeckCore

/// Consumer lag per group, then per topic and partition: committed offset, end offset and lag, with each
/// group's Burrow verdict and total lag over the last minute as a sparkline, and each partition's verdict
/// and reason in the trend column. The cluster's health heads the pane. The console's own reader comes first.
struct LagPane {
    enum Column: Hashable, Sendable {
        case name, status, partition, committed, end, lag, trend
    }

    static let wideNameWidth = 32
    /// Sparklines stop at this width however wide the column: half the history, readable at a glance.
    static let sparklineWidth = 30

    let state: ConsoleState
    let now: Timestamp

    static func columns(width: Int) -> TableLayout<Column> {
        let wide = width >= FleetColumns.wideFrom
        return TableLayout(width: width, [
            // Wide terminals give the spare width to the trend column, where partitions' reasons go.
            .init(kind: .name, title: "GROUP / TOPIC", width: wide ? Self.wideNameWidth : nil),
            .init(kind: .status, title: "STAT", width: 4),
            .init(kind: .partition, title: "PART", width: 4, alignment: .trailing),
            .init(kind: .committed, title: "COMMITTED", width: 10, alignment: .trailing),
            .init(kind: .end, title: "END", width: 10, alignment: .trailing),
            .init(kind: .lag, title: "LAG", width: 8, alignment: .trailing),
            .init(kind: .trend, title: "TREND", width: wide ? nil : 16),
        ])
    }

    func draw(in whole: Rect, on grid: inout Grid) {
        guard !whole.isEmpty else { return }
        let theme = state.theme
        var area = whole
        if let summary = state.lag.summary {
            grid.fill(row: area.row, column: area.column, width: area.width, style: theme.style(.text))
            grid.write(summary.text, row: area.row, column: area.column, width: area.width,
                       style: theme.style(summary.healthy ? .statusOK : .statusBad))
            area = Rect(row: area.row + 1, column: area.column, height: area.height - 1, width: area.width)
            guard !area.isEmpty else { return }
        }
        let columns = Self.columns(width: area.width)
        var titles: [Column: String] = [:]
        if let latest = state.lag.latest {
            let age = CellText.age(of: latest.takenAt, at: now)
            titles[.trend] = "TREND · \(age) ago"
        }
        columns.drawTitles(in: area, on: &grid, style: theme.style(.tableHeader), titles: titles)
        let board = state.lag
        guard !board.rows.isEmpty else {
            grid.write("waiting for lag data…", row: area.row + 1, column: area.column, style: theme.style(.dim))
            return
        }
        let visibleRows = area.height - 1
        let first = board.list.firstVisibleRow(visibleRows: visibleRows)
        let selected = board.list.selectedIndex
        for offset in 0..<min(visibleRows, board.rows.count - first) {
            let index = first + offset
            let base = theme.style(index == selected ? .selected : .text)
            let row = area.row + 1 + offset
            grid.fill(row: row, column: area.column, width: area.width, style: base)
            for column in columns.columns {
                let cell = content(of: column, for: board.rows[index])
                grid.write(cell.text, row: row, column: area.column + column.x, width: column.width,
                           style: theme.style(cell.role).layered(on: base), alignment: column.alignment)
            }
        }
    }

    private func content(of column: TableLayout<Column>.Column, for row: LagRow) -> (text: String, role: ThemeRole) {
        switch (column.kind, row) {
        case (.name, .group(let group, _)): (group.group, .tableHeader)
        case (.status, .group(_, let verdict?)): (verdict.status.rawValue, Self.role(of: verdict.status))
        case (.lag, .group(let group, let verdict)):
            (CellText.grouped(Int(group.totalLag)), verdict.map { Self.role(of: $0.status) } ?? (group.totalLag > 0 ? .statusWarn : .statusOK))
        case (.trend, .group(let group, _)): (Sparkline.render(state.lag.history[group.group] ?? [], width: min(column.width, Self.sparklineWidth)), .sparkline)
        case (.name, .partition(_, let partition, _)): ("  " + partition.topic, .text)
        case (.partition, .partition(_, let partition, _)): (String(partition.partition), .text)
        case (.committed, .partition(_, let partition, _)): (partition.committed.map { CellText.grouped(Int($0)) } ?? "–", .text)
        case (.end, .partition(_, let partition, _)): (CellText.grouped(Int(partition.end)), .text)
        case (.lag, .partition(_, let partition, _)): (partition.lag.map { CellText.grouped(Int($0)) } ?? "–", .text)
        case (.trend, .partition(_, _, let verdict?)) where verdict.status != .ok:
            (verdict.status.rawValue + " " + verdict.reason, Self.role(of: verdict.status.groupStatus))
        default: ("", .text)
        }
    }

    private static func role(of status: GroupStatus) -> ThemeRole {
        switch status {
        case .ok: .statusOK
        case .warning: .statusWarn
        case .error: .statusBad
        }
    }
}
