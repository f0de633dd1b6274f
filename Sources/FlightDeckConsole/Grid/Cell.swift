/// One terminal column of the screen.
///
/// A wide (CJK) character occupies two cells: the character itself with width 2, then a continuation cell
/// with width 0 and no text, which the terminal back end never writes.
public struct Cell: Hashable, Sendable {
    /// One grapheme, already sanitised; empty for a continuation cell.
    public var text: String
    /// Columns the grapheme takes: 1 or 2, or 0 for a continuation cell.
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }

    static func continuation(_ style: Style) -> Cell {
        Cell(text: "", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
    public var isWide: Bool { width == 2 }
}
