import FlightDeckCore

/// One row per active task: task, drone, progress bar and percentage, current step, and time to completion.
struct TasksPane {
    enum Column: Hashable, Sendable {
        case task, drone, progress, step, eta
    }

    let state: ConsoleState
    let now: Timestamp

    static func columns(width: Int) -> (layout: TableLayout<Column>, barWidth: Int) {
        let wide = width >= FleetColumns.wideFrom
        let barWidth = wide ? 12 : 6
        let layout = TableLayout<Column>(width: width, [
            .init(kind: .task, title: "TASK", width: wide ? 24 : 14),
            .init(kind: .drone, title: "DRONE", width: wide ? 14 : 10),
            .init(kind: .progress, title: "PROGRESS", width: barWidth + 5),
            .init(kind: .step, title: "STEP", width: nil),
            .init(kind: .eta, title: "ETA", width: 8, alignment: .trailing),
        ])
        return (layout, barWidth)
    }

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let (columns, barWidth) = Self.columns(width: area.width)
        columns.drawTitles(in: area, on: &grid, style: theme.style(.tableHeader))
        let list = state.tasks
        let emptyText = list.filter.isEmpty ? "no active tasks" : "no task matches /\(list.filter)"
        ListRows.draw(list, in: area, theme: theme, emptyText: emptyText, on: &grid) { key, row, base, grid in
            guard let task = state.fleet.tasks[key] else { return }
            for column in columns.columns {
                let x = area.column + column.x
                if column.kind == .progress {
                    let style = theme.style(.progress).layered(on: base)
                    grid.write(BlockGauge.bar(percent: task.progress, width: barWidth), row: row, column: x,
                               width: barWidth, style: style)
                    grid.write(CellText.fixed(task.progress, decimals: 0) + "%", row: row, column: x + barWidth,
                               width: column.width - barWidth, style: base, alignment: .trailing)
                    continue
                }
                let cell = content(of: column.kind, for: task)
                grid.write(cell.text, row: row, column: x, width: column.width,
                           style: theme.style(cell.role).layered(on: base), alignment: column.alignment)
            }
        }
    }

    private func content(of column: Column, for task: TaskState) -> (text: String, role: ThemeRole) {
        switch column {
        case .task: (task.name ?? task.id, .text)
        case .drone: (task.droneID ?? "–", .text)
        case .progress: ("", .text)
        case .step: (task.currentStep ?? "", .text)
        case .eta: Self.eta(of: task, at: now)
        }
    }

    /// "in 4m" while the estimate is ahead, "late 2m" once it has passed, "–" without one.
    static func eta(of task: TaskState, at now: Timestamp) -> (text: String, role: ThemeRole) {
        guard let estimate = task.estimatedCompletion else { return ("–", .dim) }
        let remaining = estimate.millisecondsSinceEpoch - now.millisecondsSinceEpoch
        return remaining >= 0 ? ("in " + CellText.age(milliseconds: remaining), .text)
                              : ("late " + CellText.age(milliseconds: -remaining), .statusWarn)
    }
}
