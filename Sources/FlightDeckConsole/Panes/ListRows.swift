/// The rows of a list pane below its column titles, shared by the panes that show a `PaneList`: a dim message
/// when the list is empty, otherwise the window of rows the cursor keeps visible, each filled with its base style
/// (the selected row stands out) before the pane writes its cells.
enum ListRows {
    /// Calls `drawRow` with each visible row's key, screen row and base style.
    static func draw(_ list: PaneList, in area: Rect, theme: Theme, emptyText: String, on grid: inout Grid,
                     drawRow: (_ key: String, _ row: Int, _ base: Style, _ grid: inout Grid) -> Void) {
        guard !list.rows.isEmpty else {
            grid.write(emptyText, row: area.row + 1, column: area.column, style: theme.style(.dim))
            return
        }
        let visibleRows = area.height - 1
        let first = list.firstVisibleRow(visibleRows: visibleRows)
        let selected = list.selectedIndex
        for offset in 0..<min(visibleRows, list.rows.count - first) {
            let index = first + offset
            let base = theme.style(index == selected ? .selected : .text)
            let row = area.row + 1 + offset
            grid.fill(row: row, column: area.column, width: area.width, style: base)
            drawRow(list.rows.keys[index], row, base, &grid)
        }
    }
}
