import FlightDeckCore

/// The status line: connection, the last command's progress, throughput, errors, where the events come
/// from, who is operating, and whether the console is read-only.
///
/// When the line is too narrow, the least important items are left out or shortened.
struct StatusLinePane {
    let state: ConsoleState
    let now: Timestamp

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let base = state.theme.style(.statusLine)
        grid.fill(row: area.row, column: area.column, width: area.width, style: base)
        items().draw(row: area.row, column: area.column + 1, width: area.width - 2, base: base, theme: state.theme,
                     on: &grid)
    }

    private func items() -> PriorityLine {
        let configuration = state.configuration
        var line = PriorityLine()
        line.append(brokerWord, role: brokerRole, priority: 0)
        if !state.broker.detail.isEmpty {
            // Why the cluster is lost matters more than the rest of the line but the fate of the last command;
            // a healthy broker count matters little.
            line.append(state.broker.detail, role: .statusLine, priority: state.broker.state == .down ? 3 : 9, canShorten: true)
        }
        if let offline = state.lag.latest?.health?.offlinePartitions, let first = offline.first {
            let more = offline.count > 1 ? " +\(offline.count - 1)" : ""
            line.append("offline \(first.name)\(more)", role: .statusBad, priority: 1, canShorten: true)
        }
        if configuration.readOnly {
            line.append("READ-ONLY", role: .readOnly, priority: 1)
        }
        if let last = state.outbox.newest {
            let progress = CommandProgress(sent: last, seen: state.fleet.commands[last.command.commandID], now: now,
                                           timeout: configuration.deliveryTimeoutMilliseconds)
            line.append("last cmd \(last.command.command.label) → \(last.command.droneID): \(progress.text)",
                        role: progress.role, priority: 2, canShorten: true)
        }
        line.append("\(CellText.grouped(Int(state.eventsPerSecond.rounded()))) ev/s", role: .statusLine, priority: 3)
        if state.decodeFailures > 0 {
            line.append("decode errors \(CellText.grouped(state.decodeFailures))", role: .statusBad, priority: 4)
            if let reason = state.lastDecodeFailure {
                line.append("(\(Self.shortened(reason)))", role: .statusLine, priority: 5, canShorten: true)
            }
        }
        line.append("total \(CellText.grouped(state.eventsConsumed))", role: .statusLine, priority: 6)
        line.append("op \(configuration.operatorName)", role: .statusLine, priority: 7)
        line.append(configuration.title, role: .statusLine, priority: 8, canShorten: true)
        if let notice = state.notice {
            line.append(notice, role: .statusLine, priority: 10, canShorten: true)
        }
        return line
    }

    /// Characters of a decode failure's reason shown, so that why messages fail does not push the rest off the line.
    static let reasonLength = 48

    private static func shortened(_ reason: String) -> String {
        reason.count <= reasonLength ? reason : reason.prefix(reasonLength - 1) + "…"
    }

    private var brokerWord: String {
        switch state.broker.state {
        case .connecting: "connecting"
        case .up: "broker up"
        case .down: "broker down" + (state.clusterLostAt.map { " " + CellText.age(of: $0, at: now) } ?? "")
        }
    }

    private var brokerRole: ThemeRole {
        switch state.broker.state {
        case .connecting: .statusWarn
        case .up: .statusOK
        case .down: .statusBad
        }
    }
}
