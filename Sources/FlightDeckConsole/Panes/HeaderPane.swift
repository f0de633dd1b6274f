/// The top line: the console's name and the fleet at a glance.
struct HeaderPane {
    let summary: FleetSummary
    let theme: Theme

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let text = [
            " FlightDeck",
            "drones \(CellText.grouped(summary.drones))",
            "airborne \(CellText.grouped(summary.airborne))",
            "low battery \(CellText.grouped(summary.lowBattery))",
            "stale \(CellText.grouped(summary.stale))",
            "open alerts \(CellText.grouped(summary.openAlerts))",
        ].joined(separator: "  ")
        grid.write(text, row: area.row, column: area.column, width: area.width, style: theme.style(.header))
    }
}
