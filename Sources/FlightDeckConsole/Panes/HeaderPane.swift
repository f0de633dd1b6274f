/// The top line: the panes and their keys, the open critical alerts of any drone, and the fleet at a glance.
///
/// Critical alerts sit right after the tabs, before any count, so they are seen from every view.
struct HeaderPane {
    let state: ConsoleState
    let summary: FleetSummary

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let base = theme.style(.header)
        grid.fill(row: area.row, column: area.column, width: area.width, style: base)
        var x = area.column
        x += grid.write(" FlightDeck ", row: area.row, column: x, style: base)
        for pane in Pane.allCases {
            let isActive = state.detail == nil && pane == state.pane
            x += grid.write(" \(pane.rawValue) \(pane.title) ", row: area.row, column: x,
                            style: isActive ? theme.style(.activeTab) : base)
        }
        var line = PriorityLine()
        if summary.openCritical > 0, let newest = summary.newestCritical {
            let subject = [newest.droneID, newest.message ?? newest.alertType].compactMap { $0 }.joined(separator: " ")
            line.append("▲ CRITICAL \(summary.openCritical): \(subject)", role: .alertCritical, priority: 0, canShorten: true)
        }
        line.append("drones \(CellText.grouped(summary.drones))", role: .header, priority: 1)
        line.append("open alerts \(CellText.grouped(summary.openAlerts))", role: .header, priority: 2)
        line.append("airborne \(CellText.grouped(summary.airborne))", role: .header, priority: 3)
        line.append("low battery \(CellText.grouped(summary.lowBattery))", role: .header, priority: 4)
        line.append("stale \(CellText.grouped(summary.stale))", role: .header, priority: 5)
        if summary.unheard > 0 {
            line.append("no kafka \(CellText.grouped(summary.unheard))", role: .statusWarn, priority: 1)
        }
        line.draw(row: area.row, column: x + 2, width: area.column + area.width - x - 2, base: base, theme: theme,
                  on: &grid)
    }
}
