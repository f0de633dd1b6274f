import FlightDeckCore

/// Draws the console: a pure function of its state, the terminal size and the time.
public enum ConsoleView {
    public static func render(_ state: ConsoleState, size: TerminalSize, now: Timestamp) -> Grid {
        var grid = Grid(size: size, fill: .blank(state.theme.style(.text)))
        let layout = ScreenLayout(size: size)
        guard !layout.isTooSmall else {
            drawTooSmall(size: size, theme: state.theme, on: &grid)
            return grid
        }
        let summary = FleetSummary(fleet: state.fleet, now: now, staleAfter: state.configuration.staleAfterMilliseconds)
        HeaderPane(summary: summary, theme: state.theme).draw(in: layout.header, on: &grid)
        FleetTablePane(state: state, now: now).draw(in: layout.fleetTable, on: &grid)
        AlertsPane(fleet: state.fleet, theme: state.theme).draw(in: layout.alerts, on: &grid)
        StatusLinePane(state: state).draw(in: layout.statusLine, on: &grid)
        if state.isHelpVisible {
            HelpPane(theme: state.theme).draw(on: &grid)
        }
        return grid
    }

    private static func drawTooSmall(size: TerminalSize, theme: Theme, on grid: inout Grid) {
        let minimum = ScreenLayout.minimumSize
        let lines = ["terminal too small", "need \(minimum), have \(size)", "q quits"]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.rows {
            let column = max(0, (size.columns - TextWidth.of(line)) / 2)
            grid.write(line, row: top + offset, column: column, style: theme.style(offset == 0 ? .statusBad : .text))
        }
    }
}
