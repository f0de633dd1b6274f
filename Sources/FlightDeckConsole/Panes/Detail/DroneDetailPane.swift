import FlightDeckCore

/// One drone in full: its state, its task, its unresolved alerts, its commands with their progress, and
/// its recent events streaming in, newest first; `p` shows the selected event's JSON.
struct DroneDetailPane {
    let state: ConsoleState
    let detail: DroneDetail
    let now: Timestamp

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let content = DroneDetailContent(state: state, droneID: detail.droneID)
        let layout = DetailLayout(content: content, area: area, showsJSON: detail.showsJSON)
        drawSummary(content, in: layout.summary, on: &grid)
        drawAlerts(content.alerts, in: layout.alerts, on: &grid)
        drawCommands(content.commands, in: layout.commands, on: &grid)
        let selected = drawEvents(content.events, in: layout.events, on: &grid)
        if let json = layout.json {
            drawJSON(of: selected, in: json, on: &grid)
        }
    }

    private var theme: Theme { state.theme }

    private func drawSummary(_ content: DroneDetailContent, in area: Rect, on grid: inout Grid) {
        guard area.height > 0 else { return }
        let heading = theme.style(.tableHeader)
        grid.fill(row: area.row, column: area.column, width: area.width, style: heading)
        guard let drone = content.drone else {
            grid.write("DRONE \(content.droneID): no events from it any more", row: area.row, column: area.column,
                       width: area.width, style: heading)
            return
        }
        var x = area.column
        x += grid.write("DRONE \(drone.id)  ", row: area.row, column: x, style: heading)
        x += grid.write(drone.status.rawValue, row: area.row, column: x,
                        style: theme.style(FleetTablePane.role(of: drone.status)).layered(on: heading))
        let age = CellText.age(of: drone.lastSeen, at: now)
        let freshness = drone.freshness(at: now, after: state.configuration.staleAfterMilliseconds, clusterLostAt: state.clusterLostAt)
        grid.write("  last seen \(age) ago" + (freshness.marker.map { " (\($0))" } ?? "") + "  ·  Esc back", row: area.row,
                   column: x, width: area.column + area.width - x,
                   style: theme.style(freshness == .fresh ? .dim : freshness.role).layered(on: heading))

        var facts: [(text: String, role: ThemeRole)] = []
        if let battery = drone.battery {
            facts.append(("battery " + BlockGauge.bar(percent: battery, width: 6) + " " + CellText.fixed(battery, decimals: 0) + "%",
                          drone.hasLowBattery ? .batteryLow : .batteryOK))
        }
        facts.append(("position " + (drone.location.map(EventSummary.position) ?? "–"), .text))
        facts.append(("speed " + (drone.speed.map { CellText.fixed($0, decimals: 1) + " m/s" } ?? "–"), .text))
        facts.append(("heading " + (drone.heading.map { CellText.fixed($0, decimals: 0) + "°" } ?? "–"), .text))
        if let track = content.track, track.points.count > 1 {
            facts.append((TrackSummary.text(of: track), .dim))
        }
        drawFlowing(facts, rows: area.row + 1..<area.row + area.height - 1, area: area, on: &grid)

        guard area.height >= DetailLayout.summaryHeight else { return }
        let taskRow = area.row + area.height - 1
        guard let task = content.task else {
            grid.write("task –", row: taskRow, column: area.column, width: area.width, style: theme.style(.dim))
            return
        }
        var taskLine = PriorityLine()
        taskLine.append("task " + (task.name ?? task.id), role: .text, priority: 0, canShorten: true)
        taskLine.append(BlockGauge.bar(percent: task.progress, width: 8) + " " + CellText.fixed(task.progress, decimals: 0) + "%",
                        role: .progress, priority: 1)
        taskLine.append(task.currentStep ?? "", role: .text, priority: 2, canShorten: true)
        let eta = TasksPane.eta(of: task, at: now)
        taskLine.append("ETA " + eta.text, role: eta.role, priority: 3)
        taskLine.draw(row: taskRow, column: area.column, width: area.width, base: theme.style(.text), theme: theme, on: &grid)
    }

    /// Puts the facts one after another, three spaces apart, moving to the next row when one does not fit.
    private func drawFlowing(_ facts: [(text: String, role: ThemeRole)], rows: Range<Int>, area: Rect,
                             on grid: inout Grid) {
        var row = rows.lowerBound
        var x = area.column
        for fact in facts {
            let width = TextWidth.of(fact.text)
            if x > area.column && x + width > area.column + area.width {
                row += 1
                x = area.column
            }
            guard rows.contains(row) else { return }
            x += grid.write(fact.text, row: row, column: x, width: min(width, area.column + area.width - x),
                            style: theme.style(fact.role)) + 3
        }
    }

    private func drawAlerts(_ alerts: [AlertState], in area: Rect, on grid: inout Grid) {
        guard area.height > 0 else { return }
        let title = alerts.isEmpty ? "ALERTS none open" : "ALERTS \(alerts.count) unresolved"
        grid.write(title, row: area.row, column: area.column, width: area.width, style: theme.style(.tableHeader))
        for (offset, alert) in alerts.prefix(area.height - 1).enumerated() {
            let row = area.row + 1 + offset
            let shown = AlertPresentation.state(of: alert.phase, acknowledgement: state.acknowledgements.entry(for: alert.id),
                                                now: now, timeout: state.configuration.deliveryTimeoutMilliseconds)
            var x = area.column
            x += grid.write(alert.level.rawValue.uppercased(), row: row, column: x, width: 9,
                            style: theme.style(AlertPresentation.role(of: alert.level)))
            x += grid.write(shown.text, row: row, column: x, width: 14, style: theme.style(shown.role))
            grid.write(alert.message ?? alert.alertType ?? alert.id, row: row, column: x,
                       width: area.column + area.width - x, style: theme.style(.text))
        }
    }

    private func drawCommands(_ commands: [DetailCommand], in area: Rect, on grid: inout Grid) {
        guard area.height > 0 else { return }
        let title = commands.isEmpty ? "COMMANDS none" : "COMMANDS \(commands.count)"
        grid.write(title, row: area.row, column: area.column, width: area.width, style: theme.style(.tableHeader))
        for (offset, command) in commands.prefix(area.height - 1).enumerated() {
            let row = area.row + 1 + offset
            var x = area.column
            x += grid.write(CellText.clock(command.time), row: row, column: x, width: 13, style: theme.style(.dim))
            x += grid.write(command.name?.label ?? "?", row: row, column: x, width: 15, style: theme.style(.text))
            x += grid.write(command.progress.text, row: row, column: x,
                            width: min(TextWidth.of(Sanitizer.clean(command.progress.text)), area.column + area.width - x),
                            style: theme.style(command.progress.role))
            grid.write("  by \(command.operatorName ?? "?")  \(command.id)", row: row, column: x,
                       width: max(0, area.column + area.width - x), style: theme.style(.dim))
        }
    }

    /// Draws the event tail and returns the selected event.
    private func drawEvents(_ events: [Event], in area: Rect, on grid: inout Grid) -> Event? {
        guard area.height > 0 else { return nil }
        let hint = detail.showsJSON ? "p hides JSON" : "p shows JSON"
        grid.write("EVENTS newest first  ·  ↑↓ select  ·  \(hint)", row: area.row, column: area.column,
                   width: area.width, style: theme.style(.tableHeader))
        let rows = RowOrder(events.map(\.id))
        guard !events.isEmpty else { return nil }
        let visibleRows = area.height - 1
        let first = detail.events.firstVisibleRow(in: rows, visibleRows: visibleRows)
        let selected = detail.events.selectedIndex(in: rows)
        let typeWidth = area.width >= FleetColumns.wideFrom ? 24 : 21
        for offset in 0..<min(visibleRows, events.count - first) {
            let index = first + offset
            let event = events[index]
            let row = area.row + 1 + offset
            let base = theme.style(index == selected ? .selected : .text)
            grid.fill(row: row, column: area.column, width: area.width, style: base)
            var x = area.column
            x += grid.write(CellText.clock(event.timestamp), row: row, column: x, width: 13,
                            style: theme.style(.dim).layered(on: base))
            x += grid.write(event.type.rawValue, row: row, column: x, width: typeWidth + 1, style: base)
            grid.write(EventSummary.line(event), row: row, column: x, width: area.column + area.width - x, style: base)
        }
        return selected.map { events[$0] }
    }

    private func drawJSON(of event: Event?, in area: Rect, on grid: inout Grid) {
        guard area.height > 0 else { return }
        let style = theme.style(.help)
        for row in area.row..<area.row + area.height {
            grid.fill(row: row, column: area.column, width: area.width, style: style)
        }
        guard let event else {
            grid.write(" no event selected", row: area.row, column: area.column, width: area.width, style: style)
            return
        }
        let lines = EventJSON.lines(of: event)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let isCut = offset == area.height - 1 && lines.count > area.height
            grid.write(isCut ? " … \(lines.count - offset) more lines" : " " + line, row: area.row + offset,
                       column: area.column, width: area.width, style: style)
        }
    }
}
