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
        HeaderPane(state: state, summary: state.summary).draw(in: layout.header, on: &grid)
        if let detail = state.detail {
            DroneDetailPane(state: state, detail: detail, now: now).draw(in: layout.content, on: &grid)
        } else {
            switch state.pane {
            case .fleet:
                FleetTablePane(state: state, now: now).draw(in: layout.fleetTable, on: &grid)
                AlertStripPane(state: state).draw(in: layout.alertStrip, on: &grid)
            case .tasks:
                TasksPane(state: state, now: now).draw(in: layout.content, on: &grid)
            case .alerts:
                AlertFeedPane(state: state, now: now).draw(in: layout.content, on: &grid)
            case .lag:
                LagPane(state: state, now: now).draw(in: layout.content, on: &grid)
            }
        }
        StatusLinePane(state: state, now: now).draw(in: layout.statusLine, on: &grid)
        KeyBarPane(state: state).draw(in: layout.keyBar, on: &grid)
        switch state.overlay {
        case .help(let firstLine): HelpPane(theme: state.theme, firstLine: firstLine).draw(on: &grid)
        case .confirmation(let confirmation): ConfirmationPane(confirmation: confirmation, theme: state.theme).draw(on: &grid)
        case .goTo(let form): GoToFormPane(form: form, theme: state.theme).draw(on: &grid)
        case nil: break
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
