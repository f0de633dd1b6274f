import FlightDeckCore

/// Consumer lag per group, then per topic and partition: committed offset, end offset and lag, with each
/// group's total lag over the last minute as a sparkline. The console's own reader comes first.
struct LagPane {
    enum Column: Hashable, Sendable {
        case name, partition, committed, end, lag, trend
    }

    let state: ConsoleState
    let now: Timestamp

    static func columns(width: Int) -> TableLayout<Column> {
        let wide = width >= FleetColumns.wideFrom
        return TableLayout(width: width, [
            .init(kind: .name, title: "GROUP / TOPIC", width: nil),
            .init(kind: .partition, title: "PART", width: 4, alignment: .trailing),
            .init(kind: .committed, title: "COMMITTED", width: 10, alignment: .trailing),
            .init(kind: .end, title: "END", width: 10, alignment: .trailing),
            .init(kind: .lag, title: "LAG", width: 8, alignment: .trailing),
            .init(kind: .trend, title: "TREND", width: wide ? 30 : 16),
        ])
    }

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let columns = Self.columns(width: area.width)
        var titles: [Column: String] = [:]
        if let latest = state.lag.latest {
            let age = CellText.age(milliseconds: now.millisecondsSinceEpoch - latest.takenAt.millisecondsSinceEpoch)
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
        case (.name, .group(let group)): (group.group, .tableHeader)
        case (.lag, .group(let group)): (CellText.grouped(Int(group.totalLag)), group.totalLag > 0 ? .statusWarn : .statusOK)
        case (.trend, .group(let group)): (Sparkline.render(state.lag.history[group.group] ?? [], width: column.width), .sparkline)
        case (.name, .partition(_, let partition)): ("  " + partition.topic, .text)
        case (.partition, .partition(_, let partition)): (String(partition.partition), .text)
        case (.committed, .partition(_, let partition)): (partition.committed.map { CellText.grouped(Int($0)) } ?? "–", .text)
        case (.end, .partition(_, let partition)): (CellText.grouped(Int(partition.end)), .text)
        case (.lag, .partition(_, let partition)): (partition.lag.map { CellText.grouped(Int($0)) } ?? "–", .text)
        default: ("", .text)
        }
    }
}
