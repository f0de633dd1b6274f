/// The bottom line: the keys that work here; the filter or command being typed; or the answer to the last key.
struct KeyBarPane {
    static let fixedHint = "? help  q quit"

    let state: ConsoleState

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let base = theme.style(.keyBar)
        grid.fill(row: area.row, column: area.column, width: area.width, style: base)
        if let input = state.lineInput {
            drawInput(input, in: area, on: &grid)
        } else if let message = state.message {
            let role: ThemeRole = message.kind == .error ? .statusBad : .keyBar
            grid.write(" " + message.text, row: area.row, column: area.column, width: area.width,
                       style: theme.style(role).layered(on: base))
        } else {
            let hintColumn = max(area.column, area.column + area.width - TextWidth.of(Self.fixedHint) - 1)
            grid.write(Self.fixedHint, row: area.row, column: hintColumn, width: area.column + area.width - hintColumn,
                       style: base)
            var line = PriorityLine()
            for (index, hint) in hints.enumerated() {
                line.append(hint, role: .keyBar, priority: index)
            }
            line.draw(row: area.row, column: area.column + 1, width: hintColumn - area.column - 3, base: base,
                      theme: theme, on: &grid)
        }
    }

    /// What the keys do in the dialog, or in the view, on top.
    private var hints: [String] {
        switch state.overlay {
        case .help: return ["↑↓ scroll", "Esc close"]
        case .confirmation: return ["y yes", "n no", "Esc no"]
        case .goTo: return ["Tab next field", "Enter send", "Esc cancel"]
        case nil:
            return KeyMap.hints(in: state.keyContext, readOnly: state.configuration.readOnly).compactMap { binding in
                binding.hint.map { "\(binding.keys[0].label) \($0)" }
            }
        }
    }

    private func drawInput(_ input: LineInput, in area: Rect, on grid: inout Grid) {
        let style = state.theme.style(.input)
        grid.fill(row: area.row, column: area.column, width: area.width, style: style)
        var status = ""
        if case .filter(let pane) = input.purpose {
            status = "\(CellText.grouped(Self.matches(on: pane, in: state))) match  Enter keep  Esc clear"
        }
        let statusWidth = TextWidth.of(status)
        let textWidth = max(1, area.width - statusWidth - 2)
        grid.write(Self.tail(of: input.prompt + input.text, width: textWidth - 1) + "█", row: area.row,
                   column: area.column, width: textWidth, style: style)
        grid.write(status, row: area.row, column: area.column + area.width - statusWidth - 1, width: statusWidth, style: style)
    }

    /// The end of `text` that fits in `width` columns, so the cursor stays in view; "…" marks what is cut.
    static func tail(of text: String, width: Int) -> String {
        guard TextWidth.of(text) > width else { return text }
        var kept: [Character] = []
        var used = 1
        for character in text.reversed() {
            used += TextWidth.of(character)
            guard used <= width else { break }
            kept.append(character)
        }
        return "…" + String(kept.reversed())
    }

    private static func matches(on pane: Pane, in state: ConsoleState) -> Int {
        switch pane {
        case .fleet: state.fleetTable.list.rows.count
        case .tasks: state.tasks.rows.count
        case .alerts: state.alertFeed.list.rows.count
        case .lag: state.lag.rows.count
        }
    }
}
