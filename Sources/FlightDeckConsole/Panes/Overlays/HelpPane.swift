/// A box over the screen listing every key, view by view, then the dialog keys and the `:` commands.
/// It scrolls when the screen is too short for all of it.
struct HelpPane {
    struct Line: Hashable, Sendable {
        var keys: String
        var meaning: String
        var isHeading: Bool { meaning.isEmpty }
    }

    static let lines: [Line] = {
        var lines: [Line] = []
        for section in KeyBinding.Section.allCases {
            let bindings = KeyMap.bindings.filter { $0.section == section }
            guard !bindings.isEmpty else { continue }
            lines.append(Line(keys: section.rawValue, meaning: ""))
            lines += bindings.map { Line(keys: $0.keys.map(\.label).joined(separator: " "), meaning: $0.meaning) }
        }
        lines.append(Line(keys: "Dialogs and input lines", meaning: ""))
        lines += KeyMap.dialogKeys.map { Line(keys: $0.keys, meaning: $0.meaning) }
        lines.append(Line(keys: "Commands after :", meaning: ""))
        lines += CommandLineParser.usage.map { Line(keys: ":" + $0.syntax, meaning: $0.meaning) }
        return lines
    }()

    static let width = 78
    /// The keys column fits every key binding; longer command syntax pushes its meaning to the right.
    private static let keysWidth = KeyMap.bindings.map { TextWidth.of($0.keys.map(\.label).joined(separator: " ")) }.max() ?? 0
    /// Rows of the box that are not lines: the two borders and the footer.
    private static let frameRows = 3

    /// How many lines the box shows at a screen size.
    static func visibleLines(in size: TerminalSize) -> Int {
        max(0, min(DialogBox.availableRows(in: size), lines.count + frameRows) - frameRows)
    }

    let theme: Theme
    let firstLine: Int

    func draw(on grid: inout Grid) {
        let style = theme.style(.help)
        let bold = style.layered(on: Style(attributes: .bold))
        guard let box = DialogBox(title: "Keys", width: Self.width, height: Self.lines.count + Self.frameRows,
                                  style: style, on: &grid) else { return }
        let visible = Self.visibleLines(in: grid.size)
        let first = max(0, min(firstLine, Self.lines.count - visible))
        let keysWidth = Self.keysWidth
        for (offset, line) in Self.lines.dropFirst(first).prefix(visible).enumerated() {
            let row = box.inner.row + offset
            if line.isHeading {
                grid.write(line.keys, row: row, column: box.inner.column, width: box.inner.width,
                           style: bold.layered(on: Style(attributes: .underline)))
            } else {
                let written = grid.write(line.keys, row: row, column: box.inner.column,
                                         width: max(keysWidth, TextWidth.of(line.keys)), style: bold)
                grid.write(line.meaning, row: row, column: box.inner.column + written + 2,
                           width: max(1, box.inner.width - written - 2), style: style)
            }
        }
        let shownRange = "\(first + 1)–\(first + min(visible, Self.lines.count - first)) of \(Self.lines.count)"
        grid.write("↑↓ PgUp PgDn scroll  ·  Esc close  ·  \(shownRange)", row: box.inner.row + box.inner.height - 1,
                   column: box.inner.column, width: box.inner.width, style: theme.style(.dim).layered(on: style))
    }
}
