/// A box over the screen listing every key binding.
struct HelpPane {
    let theme: Theme

    func draw(on grid: inout Grid) {
        let lines = KeyMap.bindings.map { binding in
            (keys: binding.keys.map(\.label).joined(separator: " "), meaning: binding.meaning)
        }
        let keysWidth = lines.map { TextWidth.of($0.keys) }.max() ?? 0
        let meaningWidth = lines.map { TextWidth.of($0.meaning) }.max() ?? 0
        let width = min(grid.columns - 2, keysWidth + meaningWidth + 7)
        let height = min(grid.rows - 2, lines.count + 4)
        guard width > 10, height > 4 else { return }
        let top = (grid.rows - height) / 2
        let left = (grid.columns - width) / 2
        let style = theme.style(.help)
        let inner = width - 2

        grid.write("┌" + String(repeating: "─", count: inner) + "┐", row: top, column: left, style: style)
        grid.write(" Keys ", row: top, column: left + 2, style: style.layered(on: Style(attributes: .bold)))
        for row in top + 1..<top + height - 1 {
            grid.write("│", row: row, column: left, style: style)
            grid.fill(row: row, column: left + 1, width: inner, style: style)
            grid.write("│", row: row, column: left + width - 1, style: style)
        }
        grid.write("└" + String(repeating: "─", count: inner) + "┘", row: top + height - 1, column: left, style: style)

        for (offset, line) in lines.prefix(height - 4).enumerated() {
            let row = top + 2 + offset
            grid.write(line.keys, row: row, column: left + 2, width: keysWidth, style: style.layered(on: Style(attributes: .bold)))
            grid.write(line.meaning, row: row, column: left + 4 + keysWidth, width: max(1, inner - keysWidth - 4), style: style)
        }
    }
}
