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

    @Test func theRosterFindsIdsAndInsertionPoints() {
        var roster = DroneRoster()
        let fleet = Fixture.state(Fixture.fleet(count: 12)).fleet
        roster.update(adding: Set(fleet.drones.keys), fleetIDs: fleet.drones.keys)
        #expect(roster.ids.first == "drone-1" && roster.ids.last == "drone-12")
        #expect(roster.index(of: "drone-3") == 2)
        #expect(roster.index(of: "drone-3a") == 3)
        #expect(roster.index(of: "drone-99") == 12)
    }

    @Test func viewportMovesAsLittleAsPossible() {
        #expect(Viewport.firstRow(from: 0, keeping: 5, visibleRows: 10, count: 100) == 0)
        #expect(Viewport.firstRow(from: 0, keeping: 10, visibleRows: 10, count: 100) == 1)
        #expect(Viewport.firstRow(from: 20, keeping: 15, visibleRows: 10, count: 100) == 15)
        #expect(Viewport.firstRow(from: 95, keeping: 99, visibleRows: 10, count: 100) == 90)
        #expect(Viewport.firstRow(from: 3, keeping: 2, visibleRows: 10, count: 4) == 0)
    }
}
