/// A table's columns placed across a width: fixed columns as given, the flexible one takes what is left.
struct TableLayout<Kind: Hashable & Sendable>: Hashable, Sendable {
    struct Column: Hashable, Sendable {
        var kind: Kind
        var title: String
        var x: Int
        var width: Int
        var alignment: Grid.Alignment
    }

    /// What a caller asks for: a nil width marks the column that takes the remaining width.
    struct Spec {
        var kind: Kind
        var title: String
        var width: Int?
        var alignment: Grid.Alignment = .leading
    }

    static var gap: Int { 1 }

    private(set) var columns: [Column] = []

    init(width: Int, _ specs: [Spec]) {
        let fixed = specs.reduce(0) { $0 + ($1.width ?? 0) } + Self.gap * (specs.count - 1)
        var x = 0
        for spec in specs {
            let placed = spec.width ?? max(1, width - fixed)
            columns.append(Column(kind: spec.kind, title: spec.title, x: x, width: placed, alignment: spec.alignment))
            x += placed + Self.gap
        }
    }

    func column(_ kind: Kind) -> Column? {
        columns.first { $0.kind == kind }
    }

    /// Writes the title row across `area`; `titles` may replace a column's title, e.g. to mark the sort.
    func drawTitles(in area: Rect, on grid: inout Grid, style: Style, titles: [Kind: String] = [:]) {
        grid.fill(row: area.row, column: area.column, width: area.width, style: style)
        for column in columns {
            grid.write(titles[column.kind] ?? column.title, row: area.row, column: area.column + column.x,
                       width: column.width, style: style, alignment: column.alignment)
        }
    }
}
