/// Which rows of a long list are on screen.
enum Viewport {
    /// The first visible row: moved as little as possible from `offset` so that `selected` is visible,
    /// and never leaving blank rows at the bottom while rows above are hidden.
    static func firstRow(from offset: Int, keeping selected: Int?, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0, count > 0 else { return 0 }
        var first = offset
        if let selected {
            if selected < first {
                first = selected
            } else if selected >= first + visibleRows {
                first = selected - visibleRows + 1
            }
        }
        return max(0, min(first, count - visibleRows))
    }
}
