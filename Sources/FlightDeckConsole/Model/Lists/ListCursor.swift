/// The selected row of a list and the first row on screen.
///
/// The selection is kept by key, so it stays on its item while rows above it come and go. When its item
/// leaves the list, the selection stays at the same height instead of jumping to the top.
struct ListCursor: Hashable, Sendable {
    private(set) var selectedKey: String?
    /// The row the selection was last seen at.
    private var lastIndex = 0
    /// The first row on screen.
    private(set) var offset = 0

    /// The selected row, or nil for an empty list.
    func selectedIndex(in rows: RowOrder) -> Int? {
        guard !rows.isEmpty else { return nil }
        if let selectedKey, let index = rows.index(of: selectedKey) { return index }
        return min(lastIndex, rows.count - 1)
    }

    func selectedKey(in rows: RowOrder) -> String? {
        selectedIndex(in: rows).map { rows.keys[$0] }
    }

    /// The first row to show so that the selection is visible, moving as little as possible.
    func firstVisibleRow(in rows: RowOrder, visibleRows: Int) -> Int {
        Viewport.firstRow(from: offset, keeping: selectedIndex(in: rows), visibleRows: visibleRows, count: rows.count)
    }

    mutating func move(by delta: Int, in rows: RowOrder, visibleRows: Int) {
        guard let index = selectedIndex(in: rows) else { return }
        select(index + delta, in: rows, visibleRows: visibleRows)
    }

    /// Selects row `index`, clamped to the list.
    mutating func select(_ index: Int, in rows: RowOrder, visibleRows: Int) {
        guard !rows.isEmpty else { return }
        let clamped = max(0, min(index, rows.count - 1))
        selectedKey = rows.keys[clamped]
        lastIndex = clamped
        keepVisible(in: rows, visibleRows: visibleRows)
    }

    /// Scrolls so that the selection is on screen, after the rows or the screen changed.
    mutating func keepVisible(in rows: RowOrder, visibleRows: Int) {
        if let index = selectedIndex(in: rows) { lastIndex = index }
        offset = firstVisibleRow(in: rows, visibleRows: visibleRows)
    }
}
