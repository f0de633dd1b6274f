import FlightDeckCore
import Testing
@testable import FlightDeckConsole

@Suite struct GridDiffTests {
    let size = TerminalSize(rows: 3, columns: 10)

    @Test func identicalGridsNeedNoDrawing() {
        var grid = Grid(size: size)
        grid.write("巡检 drone", row: 1, column: 0, style: .plain)
        #expect(GridDiff.runs(from: grid, to: grid).isEmpty)
    }

    @Test func onlyChangedCellsAreRedrawnAsRuns() {
        var old = Grid(size: size)
        old.write("drone-1 ok", row: 0, column: 0, style: .plain)
        var new = old
        new.write("2", row: 0, column: 6, style: .plain)
        new.write("OK", row: 0, column: 8, style: .plain)
        let runs = GridDiff.runs(from: old, to: new)
        #expect(runs.map(\.column) == [6, 8])
        #expect(runs.map { $0.cells.count } == [1, 2])
        #expect(old.applying(runs) == new)
    }

    @Test func aStyleChangeAloneIsRedrawn() {
        var old = Grid(size: size)
        old.write("abc", row: 2, column: 0, style: .plain)
        var new = old
        new.write("abc", row: 2, column: 0, style: Style(attributes: .reverse))
        let runs = GridDiff.runs(from: old, to: new)
        #expect(runs == [CellRun(row: 2, column: 0, cells: new.cells[20..<23])])
    }

    @Test func replacingAWideCharacterRedrawsTheCellItCovered() {
        var old = Grid(size: size)
        old.write("巡x", row: 0, column: 0, style: .plain)
        var new = old
        new.write("ab", row: 0, column: 0, style: .plain)
        let runs = GridDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs.first?.column == 0 && runs.first?.cells.count == 2)
        #expect(old.applying(runs) == new)
    }

    @Test func aWideCharacterShiftedByOneColumnRedrawsBothNeighbours() {
        var old = Grid(size: size)
        old.write("a巡cd", row: 0, column: 0, style: .plain)
        var new = Grid(size: size)
        new.write("ab巡d", row: 0, column: 0, style: .plain)
        let runs = GridDiff.runs(from: old, to: new)
        #expect(runs.allSatisfy { !$0.cells.first!.isContinuation })
        #expect(old.applying(runs) == new)
    }

    @Test func aSizeChangeRedrawsEveryRow() {
        let old = Grid(size: size)
        var new = Grid(size: TerminalSize(rows: 2, columns: 4))
        new.write("ab", row: 1, column: 1, style: .plain)
        let runs = GridDiff.runs(from: old, to: new)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs.allSatisfy { $0.column == 0 && $0.cells.count == 4 })
    }

    @Test func randomEditsWithWideCharactersRoundTrip() {
        var generator = SeededGenerator(seed: 42)
        let words = ["a", "bc", "巡", "检点", "x巡y", "位3", "🚁", "drone", " ", "无人机"]
        let styles = [Style.plain, Style(foreground: .palette(1)), Style(attributes: .bold)]
        var old = Grid(size: size)
        for _ in 0..<500 {
            var new = old
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                new.write(words.randomElement(using: &generator)!,
                          row: Int.random(in: 0..<size.rows, using: &generator),
                          column: Int.random(in: 0..<size.columns, using: &generator),
                          width: Bool.random(using: &generator) ? Int.random(in: 1...5, using: &generator) : nil,
                          style: styles.randomElement(using: &generator)!)
            }
            let runs = GridDiff.runs(from: old, to: new)
            #expect(old.applying(runs) == new)
            #expect(runs.allSatisfy { !$0.cells.first!.isContinuation })
            old = new
        }
    }
}
