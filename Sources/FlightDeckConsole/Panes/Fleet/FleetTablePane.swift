import FlightDeckCore

/// The live fleet table: one row per drone that passes the filter, in the operator's sort order.
struct FleetTablePane {
    let state: ConsoleState
    let now: Timestamp

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let columns = FleetColumns(width: area.width)
        let table = state.fleetTable
        columns.layout.drawTitles(in: area, on: &grid, style: theme.style(.tableHeader),
                                  titles: FleetColumns.titles(sortedBy: table.sort))
        let emptyText = table.list.filter.isEmpty ? "waiting for drone events…" : "no drone matches /\(table.list.filter)"
        ListRows.draw(table.list, in: area, theme: theme, emptyText: emptyText, on: &grid) { key, row, base, grid in
            guard let drone = state.fleet.drones[key] else { return }
            drawRow(drone, columns: columns, row: row, area: area, base: base, on: &grid)
        }
    }

    private func drawRow(_ drone: DroneState, columns: FleetColumns, row: Int, area: Rect, base: Style,
                         on grid: inout Grid) {
        for column in columns.layout.columns {
            let cell = content(of: column.kind, for: drone, columns: columns)
            let x = area.column + column.x
            let style = state.theme.style(cell.role).layered(on: base)
            if column.kind == .battery, let battery = drone.battery {
                let bar = BlockGauge.bar(percent: battery, width: columns.batteryBarWidth)
                grid.write(bar, row: row, column: x, width: columns.batteryBarWidth, style: style)
                grid.write(cell.text, row: row, column: x + columns.batteryBarWidth,
                           width: column.width - columns.batteryBarWidth, style: style, alignment: .trailing)
            } else {
                grid.write(cell.text, row: row, column: x, width: column.width, style: style, alignment: column.alignment)
            }
        }
    }

    private func content(of kind: FleetColumn, for drone: DroneState, columns: FleetColumns) -> (text: String, role: ThemeRole) {
        switch kind {
        case .drone:
            return (drone.id, .text)
        case .status:
            return (drone.status.rawValue, Self.role(of: drone.status))
        case .battery:
            guard let battery = drone.battery else { return ("–", .dim) }
            return (CellText.fixed(battery, decimals: 0) + "%", drone.hasLowBattery ? .batteryLow : .batteryOK)
        case .position:
            guard let location = drone.location else { return ("–", .dim) }
            let latitude = CellText.fixed(location.latitude, decimals: columns.positionDecimals)
            let longitude = CellText.fixed(location.longitude, decimals: columns.positionDecimals)
            return (latitude + ", " + longitude, .text)
        case .altitude:
            guard let altitude = drone.location?.altitude else { return ("–", .dim) }
            return (CellText.fixed(altitude, decimals: 0), .text)
        case .speed:
            guard let speed = drone.speed else { return ("–", .dim) }
            return (CellText.fixed(speed, decimals: 1), .text)
        case .task:
            guard let taskID = drone.currentTaskID else { return ("", .dim) }
            return (state.fleet.tasks[taskID]?.currentStep ?? taskID, .text)
        case .lastSeen:
            let age = CellText.age(of: drone.lastSeen, at: now)
            let freshness = drone.freshness(at: now, after: state.configuration.staleAfterMilliseconds,
                                            clusterLostAt: state.clusterLostAt)
            return (freshness.marker.map { age + " " + $0 } ?? age, freshness.role)
        }
    }

    /// Green for normal flight and ground states, yellow for states on the way to trouble, red for trouble.
    static func role(of status: DroneStatus) -> ThemeRole {
        switch status {
        case .offline, .emergency: .statusBad
        case .returning, .maintenance: .statusWarn
        case .idle, .charging, .takingOff, .flying, .hovering, .landing: .statusOK
        default: .text
        }
    }
}
