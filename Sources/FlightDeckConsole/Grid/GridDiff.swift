/// A stretch of adjacent cells in one row that changed between two frames.
public struct CellRun: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: ArraySlice<Cell>

    public init(row: Int, column: Int, cells: ArraySlice<Cell>) {
        self.row = row
        self.column = column
        self.cells = cells
    }
}

/// What must be redrawn to turn the previous frame into the next one.
///
/// Because a grid stores a wide character's right half as an explicit continuation cell, replacing a wide
/// character always changes both of its cells, so the neighbour it covered is redrawn too (the problem
/// ratatui's buffer diff solves by invalidating the cells after a wide character). A run never starts on a
/// continuation cell: that cell changes only when the wide character before it does.
public enum GridDiff {
    public static func runs(from previous: Grid, to next: Grid) -> [CellRun] {
        guard previous.size == next.size else {
            return (0..<next.rows).map { row in
                CellRun(row: row, column: 0, cells: next.cells[row * next.columns..<(row + 1) * next.columns])
            }
        }
        var runs: [CellRun] = []
        let columns = next.columns
        for row in 0..<next.rows {
            let rowStart = row * columns
            var column = 0
            while column < columns {
                guard previous.cells[rowStart + column] != next.cells[rowStart + column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < columns && previous.cells[rowStart + column] != next.cells[rowStart + column] {
                    column += 1
                }
                runs.append(CellRun(row: row, column: start, cells: next.cells[rowStart + start..<rowStart + column]))
            }
        }
        return runs
    }
}
