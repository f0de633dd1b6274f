import FlightDeckCore

/// Every alert the fleet holds, newest first: level, state, repeats, drone, type, message and age.
///
/// Repeats of one type on one drone share a row with their count; the row's state is open while any of
/// them is open, and "ack sent…" while this console's acknowledgement has not come back from Kafka.
struct AlertFeedPane {
    enum Column: Hashable, Sendable {
        case level, state, repeats, drone, type, message, age
    }

    let state: ConsoleState
    let now: Timestamp

    static func columns(width: Int) -> TableLayout<Column> {
        let wide = width >= FleetColumns.wideFrom
        var specs: [TableLayout<Column>.Spec] = [
            .init(kind: .level, title: "LEVEL", width: 8),
            .init(kind: .state, title: "STATE", width: 13),
            .init(kind: .repeats, title: "×", width: 4, alignment: .trailing),
            .init(kind: .drone, title: "DRONE", width: wide ? 14 : 10),
        ]
        if wide {
            specs.append(.init(kind: .type, title: "TYPE", width: 16))
        }
        specs += [.init(kind: .message, title: "MESSAGE", width: nil), .init(kind: .age, title: "AGE", width: 4, alignment: .trailing)]
        return TableLayout(width: width, specs)
    }

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let columns = Self.columns(width: area.width)
        columns.drawTitles(in: area, on: &grid, style: theme.style(.tableHeader))
        let list = state.alertFeed.list
        let emptyText = list.filter.isEmpty ? "no alerts" : "no alert matches /\(list.filter)"
        ListRows.draw(list, in: area, theme: theme, emptyText: emptyText, on: &grid) { key, row, base, grid in
            guard let group = state.alertFeed.groups[key] else { return }
            drawRow(group, columns: columns, row: row, area: area, base: base, on: &grid)
        }
    }

    private func drawRow(_ group: AlertGroup, columns: TableLayout<Column>, row: Int, area: Rect, base: Style,
                         on grid: inout Grid) {
        let alerts = group.alerts(in: state.fleet)
        guard let newest = alerts.first else { return }
        let phase = group.phase(in: state.fleet)
        let underway = alerts.first { $0.phase == .open }.flatMap { state.acknowledgements.entry(for: $0.id) }
        let shownState = AlertPresentation.state(of: phase, acknowledgement: underway, now: now,
                                                 timeout: state.configuration.deliveryTimeoutMilliseconds)
        let faded = phase == .resolved
        for column in columns.columns {
            let cell: (text: String, role: ThemeRole)
            switch column.kind {
            case .level: cell = (newest.level.rawValue.uppercased(), AlertPresentation.role(of: newest.level))
            case .state: cell = shownState
            case .repeats: cell = (alerts.count > 1 ? "×\(alerts.count)" : "", .text)
            case .drone: cell = (newest.droneID ?? "–", .text)
            case .type: cell = (newest.alertType ?? "", .dim)
            case .message: cell = (newest.message ?? newest.alertType ?? newest.id, faded ? .dim : .text)
            case .age: cell = (CellText.age(of: newest.raisedAt, at: now), .dim)
            }
            grid.write(cell.text, row: row, column: area.column + column.x, width: column.width,
                       style: state.theme.style(cell.role).layered(on: base), alignment: column.alignment)
        }
    }
}
