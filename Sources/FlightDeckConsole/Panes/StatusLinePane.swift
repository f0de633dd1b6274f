/// The bottom line: connection, throughput, errors, where the events come from, who is operating, and keys.
///
/// When the line is too narrow, the least important items are left out; the key hint always stays.
struct StatusLinePane {
    static let keyHint = "q quit  ↑↓ select  ? help"

    private struct Item {
        let text: String
        let role: ThemeRole
        /// Lower is more important.
        let priority: Int
        /// Free text from the wire, which may be cut short with "…" rather than left out.
        let canShorten: Bool
        /// Columns given to the text; less than its natural width when shortened.
        var width: Int

        init(_ text: String, role: ThemeRole = .statusLine, priority: Int, canShorten: Bool = false) {
            self.text = Sanitizer.clean(text)
            self.role = role
            self.priority = priority
            self.canShorten = canShorten
            self.width = TextWidth.of(self.text)
        }
    }

    /// The fewest columns worth giving to shortened free text.
    static let shortestText = 12

    let state: ConsoleState

    func draw(in area: Rect, on grid: inout Grid) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        let base = theme.style(.statusLine)
        grid.fill(row: area.row, column: area.column, width: area.width, style: base)
        let hintWidth = TextWidth.of(Self.keyHint)
        let hintColumn = max(area.column, area.column + area.width - hintWidth - 1)
        grid.write(Self.keyHint, row: area.row, column: hintColumn, width: area.column + area.width - hintColumn, style: base)

        let shown = fitting(items(), into: hintColumn - area.column - 1)
        var x = area.column + 1
        for item in shown {
            x += grid.write(item.text, row: area.row, column: x, width: item.width,
                            style: theme.style(item.role).layered(on: base))
            x += 2
        }
    }

    private func items() -> [Item] {
        let configuration = state.configuration
        var items = [Item(brokerWord, role: brokerRole, priority: 0)]
        if !state.broker.detail.isEmpty {
            items.append(Item(state.broker.detail, priority: 7, canShorten: true))
        }
        items.append(Item("\(CellText.grouped(Int(state.eventsPerSecond.rounded()))) ev/s", priority: 1))
        items.append(Item("total \(CellText.grouped(state.eventsConsumed))", priority: 4))
        if state.decodeFailures > 0 {
            items.append(Item("decode errors \(CellText.grouped(state.decodeFailures))", role: .statusBad, priority: 3))
            if let reason = state.lastDecodeFailure {
                items.append(Item("(\(reason))", priority: 8, canShorten: true))
            }
        }
        items.append(Item(configuration.title, priority: 6, canShorten: true))
        items.append(Item("op \(configuration.operatorName)", priority: 5))
        if configuration.readOnly {
            items.append(Item("READ-ONLY", role: .readOnly, priority: 2))
        }
        if let notice = state.notice {
            items.append(Item(notice, priority: 9, canShorten: true))
        }
        return items
    }

    private var brokerWord: String {
        switch state.broker.state {
        case .connecting: "connecting"
        case .up: "broker up"
        case .down: "broker down"
        }
    }

    private var brokerRole: ThemeRole {
        switch state.broker.state {
        case .connecting: .statusWarn
        case .up: .statusOK
        case .down: .statusBad
        }
    }

    /// The most important items that fit in `width` columns, two spaces apart, in their original order.
    /// Free text that does not fit whole is shortened when enough room is left for it.
    private func fitting(_ items: [Item], into width: Int) -> [Item] {
        var remaining = width
        var kept: [Int: Item] = [:]
        for index in items.indices.sorted(by: { items[$0].priority < items[$1].priority }) {
            var item = items[index]
            if item.width + 2 > remaining {
                guard item.canShorten, remaining - 2 >= Self.shortestText else { continue }
                item.width = remaining - 2
            }
            kept[index] = item
            remaining -= item.width + 2
        }
        return items.indices.compactMap { kept[$0] }
    }
}
