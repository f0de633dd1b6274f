import Testing
@testable import FlightDeckConsole

@Suite struct GridTests {
    let red = Style(foreground: .palette(1))

    /// Continuation cells follow wide cells and nothing else.
    static func isWellFormed(_ grid: Grid) -> Bool {
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                let cell = grid[row, column]
                if cell.isWide && (column + 1 == grid.columns || !grid[row, column + 1].isContinuation) { return false }
                if cell.isContinuation && (column == 0 || !grid[row, column - 1].isWide) { return false }
            }
        }
        return true
    }

    @Test func writesTextAndReportsItsWidth() {
        var grid = Grid(size: TerminalSize(rows: 2, columns: 12))
        let written = grid.write("drone-7", row: 1, column: 2, style: red)
        #expect(written == 7)
        #expect(grid.line(1) == "  drone-7   ")
        #expect(grid[1, 2].style == red)
        #expect(grid[1, 9].style == .plain)
        #expect(grid.line(0) == String(repeating: " ", count: 12))
    }

    @Test func aFieldIsPaddedAndCanAlignRight() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 10), fill: Cell(text: "x", width: 1, style: .plain))
        grid.write("42", row: 0, column: 1, width: 5, style: red, alignment: .trailing)
        #expect(grid.line(0) == "x   42xxxx")
        grid.write("ab", row: 0, column: 6, width: 4, style: red)
        #expect(grid.line(0) == "x   42ab  ")
    }

    @Test func textTooWideEndsInAnEllipsis() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 10))
        let written = grid.write("survey leg 12", row: 0, column: 0, width: 8, style: .plain)
        #expect(written == 8)
        #expect(grid.line(0) == "survey …  ")
    }

    @Test func textClipsAtTheRightEdge() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 6))
        grid.write("drone-123", row: 0, column: 2, style: .plain)
        #expect(grid.line(0) == "  dro…")
    }

    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 12))
        let written = grid.write("巡检点位3", row: 0, column: 1, style: .plain)
        #expect(written == 9)
        #expect(grid[0, 1].text == "巡" && grid[0, 1].width == 2)
        #expect(grid[0, 2].isContinuation)
        #expect(grid[0, 9].text == "3")
        #expect(grid.line(0) == " 巡检点位3  ")
        #expect(Self.isWellFormed(grid))
    }

    @Test func truncatedWideTextNeverSplitsACharacter() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 8))
        grid.write("巡检点位3", row: 0, column: 0, width: 6, style: .plain)
        #expect(grid.line(0) == "巡检… " + "  ")
        #expect(Self.isWellFormed(grid))
        grid.write("巡检点位3", row: 0, column: 0, width: 5, style: .plain)
        #expect(grid.line(0) == "巡检…" + "   ")
        #expect(Self.isWellFormed(grid))
    }

    @Test func aWideCharacterInTheLastColumnBecomesASpace() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 4))
        grid.put("巡", width: 2, row: 0, column: 3, style: red)
        #expect(grid[0, 3] == Cell.blank(red))
        #expect(Self.isWellFormed(grid))
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 6))
        grid.write("巡检点", row: 0, column: 0, style: .plain)
        grid.put("a", width: 1, row: 0, column: 1, style: .plain)
        #expect(grid.line(0) == " a检点")
        grid.put("b", width: 1, row: 0, column: 2, style: .plain)
        #expect(grid.line(0) == " ab 点")
        grid.put("位", width: 2, row: 0, column: 3, style: .plain)
        #expect(grid.line(0) == " ab位 ")
        #expect(Self.isWellFormed(grid))
    }

    @Test func writingSanitisesWireText() {
        var grid = Grid(size: TerminalSize(rows: 1, columns: 20))
        grid.write("id\u{1b}]0;x\u{07}\u{1b}[2J-9", row: 0, column: 0, style: .plain)
        #expect(grid.line(0).hasPrefix("id-9 "))
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = Grid(size: TerminalSize(rows: 2, columns: 4))
        let before = grid
        #expect(grid.write("x", row: 2, column: 0, style: red) == 0)
        #expect(grid.write("x", row: 0, column: 4, style: red) == 0)
        #expect(grid.write("x", row: -1, column: 0, style: red) == 0)
        #expect(grid == before)
    }
}
