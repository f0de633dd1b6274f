/// The whole screen as cells, row by row: what a view draws and what the diff compares.
///
/// Every write keeps the grid well formed: a wide character is always followed by its continuation cell,
/// and overwriting either half of a wide character turns the other half into a space.
public struct Grid: Hashable, Sendable {
    /// Where text sits inside a field wider than the text.
    public enum Alignment: Hashable, Sendable {
        case leading, trailing
    }

    public let size: TerminalSize
    public private(set) var cells: [Cell]

    public init(size: TerminalSize, fill: Cell = .blank()) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.rows * size.columns)
    }

    public var rows: Int { size.rows }
    public var columns: Int { size.columns }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// The text of one row as the terminal would show it.
    public func line(_ row: Int) -> String {
        var text = ""
        for cell in cells[row * columns..<(row + 1) * columns] where !cell.isContinuation {
            text += cell.text
        }
        return text
    }

    /// Writes `text` from `column` on, after sanitising it.
    ///
    /// With a `width`, the text is a field of that many columns: padded with spaces in `style`, placed as
    /// `alignment` says. Without one it runs to the right edge. Text too wide for its space ends in "…".
    /// Returns the columns written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, width: Int? = nil, style: Style,
                               alignment: Alignment = .leading) -> Int {
        guard (0..<rows).contains(row), (0..<columns).contains(column) else { return 0 }
        let available = min(width ?? columns - column, columns - column)
        guard available > 0 else { return 0 }
        let clean = Sanitizer.clean(text)
        let natural = TextWidth.of(clean)
        let fits = natural <= available
        let limit = fits ? available : available - 1
        let textWidth = fits ? natural : Self.prefixWidth(of: clean, within: limit) + 1
        let padding = width == nil ? 0 : available - textWidth
        var x = column
        if alignment == .trailing {
            x = fill(row: row, column: x, width: padding, style: style)
        }
        for character in clean {
            let characterWidth = TextWidth.of(character)
            guard characterWidth > 0 else { continue }
            guard x + characterWidth <= column + limit else { break }
            put(Self.cellText(character), width: characterWidth, row: row, column: x, style: style)
            x += characterWidth
        }
        if !fits {
            put("…", width: 1, row: row, column: x, style: style)
            x += 1
        }
        if alignment == .leading {
            x = fill(row: row, column: x, width: padding, style: style)
        }
        return x - column
    }

    /// Puts spaces in `style` over `width` cells; returns the column after them.
    @discardableResult
    public mutating func fill(row: Int, column: Int, width: Int, style: Style) -> Int {
        let end = min(column + width, columns)
        var x = max(column, 0)
        while x < end {
            put(" ", width: 1, row: row, column: x, style: style)
            x += 1
        }
        return max(end, column)
    }

    /// Puts one grapheme of the given display width at a cell. A wide grapheme in the last column
    /// does not fit and becomes a space.
    public mutating func put(_ text: String, width: Int, row: Int, column: Int, style: Style) {
        guard (0..<rows).contains(row), (0..<columns).contains(column) else { return }
        if width == 2 && column == columns - 1 {
            put(" ", width: 1, row: row, column: column, style: style)
            return
        }
        let index = row * columns + column
        releaseWideCharacter(at: index, column: column)
        if width == 2 {
            releaseWideCharacter(at: index + 1, column: column + 1)
        }
        cells[index] = Cell(text: text, width: UInt8(width), style: style)
        if width == 2 {
            cells[index + 1] = .continuation(style)
        }
    }

    /// Before a cell is overwritten: the other half of a wide character it belongs to becomes a space.
    private mutating func releaseWideCharacter(at index: Int, column: Int) {
        let cell = cells[index]
        if cell.isContinuation && column > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        } else if cell.isWide && column + 1 < columns {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }

    /// Scalars kept in one cell: a base and a few combining marks, about what terminals keep (ncurses keeps 5).
    /// A grapheme carrying hundreds of marks would otherwise cost a screenful of output for one cell.
    public static let scalarsPerCell = 5

    private static func cellText(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        guard scalars.count > scalarsPerCell else { return String(character) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars.prefix(scalarsPerCell))
        return String(text)
    }

    /// Columns taken by the longest prefix of `text` that fits in `limit` columns.
    private static func prefixWidth(of text: String, within limit: Int) -> Int {
        var total = 0
        for character in text {
            let characterWidth = TextWidth.of(character)
            if total + characterWidth > limit { break }
            total += characterWidth
        }
        return total
    }
}
