/// A line of items, two spaces apart, from which the least important are left out when the line is narrow.
///
/// Free text from the wire may instead be shortened with "…" when enough room is left for it.
struct PriorityLine {
    struct Item {
        let text: String
        let role: ThemeRole
        /// Lower is more important.
        let priority: Int
        let canShorten: Bool
        /// Columns given to the text; less than its natural width when shortened.
        var width: Int

        init(_ text: String, role: ThemeRole, priority: Int, canShorten: Bool = false) {
            self.text = Sanitizer.clean(text)
            self.role = role
            self.priority = priority
            self.canShorten = canShorten
            self.width = TextWidth.of(self.text)
        }
    }

    static let separator = 2
    /// The fewest columns worth giving to shortened text.
    static let shortestText = 12

    var items: [Item] = []

    mutating func append(_ text: String, role: ThemeRole, priority: Int, canShorten: Bool = false) {
        items.append(Item(text, role: role, priority: priority, canShorten: canShorten))
    }

    /// The most important items that fit in `width` columns, in their original order.
    func fitting(into width: Int) -> [Item] {
        var remaining = width
        var kept: [Int: Item] = [:]
        for index in items.indices.sorted(by: { items[$0].priority < items[$1].priority }) {
            var item = items[index]
            let needed = item.width + (kept.isEmpty ? 0 : Self.separator)
            if needed > remaining {
                let room = remaining - (kept.isEmpty ? 0 : Self.separator)
                guard item.canShorten, room >= Self.shortestText else { continue }
                item.width = room
            }
            kept[index] = item
            remaining -= item.width + (kept.count == 1 ? 0 : Self.separator)
        }
        return items.indices.compactMap { kept[$0] }
    }

    /// Draws the items that fit from `column` on, each in its role layered on `base`; returns the columns used.
    @discardableResult
    func draw(row: Int, column: Int, width: Int, base: Style, theme: Theme, on grid: inout Grid) -> Int {
        var x = column
        for (index, item) in fitting(into: width).enumerated() {
            if index > 0 { x += Self.separator }
            x += grid.write(item.text, row: row, column: x, width: item.width, style: theme.style(item.role).layered(on: base))
        }
        return x - column
    }
}
