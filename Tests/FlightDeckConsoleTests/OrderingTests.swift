import Testing
@testable import FlightDeckConsole

@Suite struct OrderingTests {
    @Test func numbersInsideIdsCompareByValue() {
        let ids = ["drone-10", "drone-2", "drone-1", "drone-100", "alpha", "drone-9", "drone-02"]
        #expect(ids.sorted(by: NaturalOrder.areInIncreasingOrder)
                == ["alpha", "drone-1", "drone-02", "drone-2", "drone-9", "drone-10", "drone-100"])
    }

    @Test func theOrderIsStrictAndTotal() {
        let ids = ["a1b2", "a1b10", "a01b2", "a", "a0", "b", "", "巡检3", "巡检20", "99999999999999999999999", "1"]
        for lhs in ids {
            #expect(!NaturalOrder.areInIncreasingOrder(lhs, lhs))
            for rhs in ids where lhs != rhs {
                #expect(NaturalOrder.areInIncreasingOrder(lhs, rhs) != NaturalOrder.areInIncreasingOrder(rhs, lhs),
                        "\(lhs) vs \(rhs)")
            }
        }
        #expect(NaturalOrder.areInIncreasingOrder("巡检3", "巡检20"))
        #expect(NaturalOrder.areInIncreasingOrder("1", "99999999999999999999999"))
    }

    @Test func theRosterMergesNewIdsInNaturalOrder() {
        var roster = DroneRoster()
        let fleet = Fixture.state(Fixture.fleet(count: 12)).fleet
        roster.update(adding: Set(fleet.drones.keys), fleetIDs: fleet.drones.keys)
        #expect(roster.ids == (1...12).map { "drone-\($0)" })
        let grown = Fixture.state(Fixture.fleet(count: 12) + [Fixture.status("drone-3a", .idle), Fixture.status("alpha", .idle)]).fleet
        roster.update(adding: ["drone-3a", "alpha"], fleetIDs: grown.drones.keys)
        #expect(roster.ids.prefix(5) == ["alpha", "drone-1", "drone-2", "drone-3", "drone-3a"])
        #expect(roster.count == 14)
    }

    @Test func aCursorKeepsItsRowByKeyAndItsHeightWhenTheKeyLeaves() {
        var cursor = ListCursor()
        let rows = RowOrder(["a", "b", "c", "d"])
        cursor.select(2, in: rows, visibleRows: 2)
        #expect(cursor.selectedKey(in: RowOrder(["z", "a", "b", "c", "d"])) == "c")
        #expect(cursor.selectedKey(in: RowOrder(["a", "b", "d"])) == "d")
        #expect(cursor.selectedKey(in: RowOrder(["a"])) == "a")
        #expect(cursor.selectedIndex(in: RowOrder([])) == nil)
    }

    @Test func viewportMovesAsLittleAsPossible() {
        #expect(Viewport.firstRow(from: 0, keeping: 5, visibleRows: 10, count: 100) == 0)
        #expect(Viewport.firstRow(from: 0, keeping: 10, visibleRows: 10, count: 100) == 1)
        #expect(Viewport.firstRow(from: 20, keeping: 15, visibleRows: 10, count: 100) == 15)
        #expect(Viewport.firstRow(from: 95, keeping: 99, visibleRows: 10, count: 100) == 90)
        #expect(Viewport.firstRow(from: 3, keeping: 2, visibleRows: 10, count: 4) == 0)
    }
}
