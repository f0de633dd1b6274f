/// A framed box centred on the screen, for the help, confirmations and the go-to form.
struct DialogBox {
    /// The box's inside, where the dialog draws its lines.
    let inner: Rect

    /// Rows a box may take on a screen: all but the header, the status line and the key bar, which stay in view.
    static func availableRows(in size: TerminalSize) -> Int {
        size.rows - 3
    }

    /// Draws an empty box of at most `width` × `height` cells with `title` in its top border, centred between
    /// the header and the status line; nil when the screen has no room for a useful box.
    init?(title: String, width: Int, height: Int, style: Style, on grid: inout Grid) {
        let boxWidth = min(grid.columns - 2, width)
        let boxHeight = min(Self.availableRows(in: grid.size), height)
        guard boxWidth > 10, boxHeight > 3 else { return nil }
        let top = 1 + (Self.availableRows(in: grid.size) - boxHeight) / 2
        let left = (grid.columns - boxWidth) / 2
        let innerWidth = boxWidth - 2
        grid.write("┌" + String(repeating: "─", count: innerWidth) + "┐", row: top, column: left, style: style)
        grid.write(" \(title) ", row: top, column: left + 2, width: innerWidth - 2, style: style.layered(on: Style(attributes: .bold)))
        for row in top + 1..<top + boxHeight - 1 {
            grid.write("│", row: row, column: left, style: style)
            grid.fill(row: row, column: left + 1, width: innerWidth, style: style)
            grid.write("│", row: row, column: left + boxWidth - 1, style: style)
        }
        grid.write("└" + String(repeating: "─", count: innerWidth) + "┘", row: top + boxHeight - 1, column: left, style: style)
        inner = Rect(row: top + 1, column: left + 2, height: boxHeight - 2, width: innerWidth - 2)
    }
}
