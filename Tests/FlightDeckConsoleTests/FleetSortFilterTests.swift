import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct FleetSortFilterTests {
    static let size = TerminalSize(rows: 24, columns: 80)

    /// Five drones whose columns all order differently.
    var events: [Event] {
        [
            Fixture.status("drone-1", .flying, battery: 60, location: GeoPoint(latitude: 30, longitude: 120, altitude: 50)),
            Fixture.status("drone-2", .idle, battery: 90, location: GeoPoint(latitude: 10, longitude: 121, altitude: 0)),
            Fixture.status("drone-10", .returning, battery: 15, location: GeoPoint(latitude: 20, longitude: 119, altitude: 120)),
            Fixture.status("drone-3", .charging, location: GeoPoint(latitude: 40, longitude: 118, altitude: 0)),
            Fixture.status("alpha", .emergency, battery: 40),
            Fixture.taskProgress("task-1", drone: "drone-1", step: "巡检点位3"),
            Fixture.taskProgress("task-2", drone: "drone-10", step: "return leg"),
        ]
    }

    @Test func sIsCyclingTheSortColumnAndSReversesIt() {
        var state = Fixture.state(events)
        #expect(state.fleetRowIDs == ["alpha", "drone-1", "drone-2", "drone-3", "drone-10"])
        state.tap(.character("S"))
        #expect(state.fleetRowIDs == ["drone-10", "drone-3", "drone-2", "drone-1", "alpha"])
        state.tap(.character("s"))
        #expect(state.fleetTable.sort == FleetSort(column: .status, isDescending: false))
        #expect(state.fleetRowIDs == ["drone-3", "alpha", "drone-1", "drone-2", "drone-10"])
        state.tap(.character("s"))
        #expect(state.fleetRowIDs == ["drone-10", "alpha", "drone-1", "drone-2", "drone-3"])
        state.tap(.character("S"))
        #expect(state.fleetRowIDs == ["drone-2", "drone-1", "alpha", "drone-10", "drone-3"])
    }

    @Test func drawsWithoutAValueComeLastInBothDirections() {
        var state = Fixture.state(events)
        state.tap(.character("s"), .character("s"), .character("s"))
        #expect(state.fleetTable.sort.column == .position)
        #expect(state.fleetRowIDs == ["drone-2", "drone-10", "drone-1", "drone-3", "alpha"])
        state.tap(.character("s"))
        #expect(state.fleetRowIDs == ["drone-2", "drone-3", "drone-1", "drone-10", "alpha"])
        state.tap(.character("S"))
        #expect(state.fleetRowIDs == ["drone-10", "drone-1", "drone-2", "drone-3", "alpha"])
    }

    @Test func theSortedColumnIsMarkedInItsTitle() {
        var state = Fixture.state(events)
        #expect(ConsoleView.render(state, size: Self.size, now: Fixture.start).line(1).hasPrefix("DRONE▲ "))
        state.tap(.character("s"), .character("s"), .character("S"))
        let titles = ConsoleView.render(state, size: Self.size, now: Fixture.start).line(1)
        #expect(titles.contains("BATTERY▼") && !titles.contains("DRONE▲"))
    }

    @Test func aLiveSortFollowsNewValuesAtTheNextRebuild() {
        var state = Fixture.state(events)
        state.tap(.character("s"), .character("s"))
        state.receive(Fixture.telemetry("drone-2", battery: 5, at: Fixture.later(100)))
        #expect(state.fleetRowIDs.first == "drone-10")
        state.settle()
        #expect(state.fleetRowIDs.first == "drone-2")
    }

    @Test func theSelectionFollowsItsDroneWhenTheOrderChanges() {
        var state = Fixture.state(events)
        state.tap(.down, .down)
        #expect(state.selectedDroneID == "drone-2")
        state.tap(.character("S"))
        #expect(state.selectedDroneID == "drone-2")
        #expect(state.fleetTable.list.selectedIndex == 2)
    }

    @Test func slashFiltersByIdStatusAndTaskTextAsYouType() {
        var state = Fixture.state(events)
        state.tap(.character("/"))
        state.type("RETURN")
        #expect(state.fleetRowIDs == ["drone-10"])
        state.tap(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(state.fleetRowIDs.count == 5)
        state.type("巡检")
        #expect(state.fleetRowIDs == ["drone-1"])
        state.tap(.enter)
        #expect(state.lineInput == nil)
        #expect(state.fleetRowIDs == ["drone-1"])
        state.receive(Fixture.status("drone-7", .idle, at: Fixture.later(10)))
        state.settle()
        #expect(state.fleetRowIDs == ["drone-1"])
        state.tap(.escape)
        #expect(state.fleetRowIDs.count == 6)
    }

    @Test func escapeWhileTypingClearsTheFilter() {
        var state = Fixture.state(events)
        state.tap(.character("/"))
        state.type("drone-1")
        #expect(state.fleetRowIDs == ["drone-1", "drone-10"])
        let typing = ConsoleView.render(state, size: Self.size, now: Fixture.start).line(23)
        #expect(typing.hasPrefix("/drone-1█"))
        #expect(typing.contains("2 match"))
        state.tap(.escape)
        #expect(state.fleetRowIDs.count == 5)
        #expect(state.lineInput == nil)
    }

    @Test func aFilterThatMatchesNothingSaysSo() {
        var state = Fixture.state(events)
        state.tap(.character("/"))
        state.type("nothing")
        state.tap(.enter)
        let grid = ConsoleView.render(state, size: Self.size, now: Fixture.start)
        #expect(grid.line(2).hasPrefix("no drone matches /nothing"))
        #expect(state.selectedDroneID == nil)
    }

    @Test func tenThousandDronesSortAndFilterIntoTheSameRowsAsAPlainSort() {
        let fleet = (1...10_000).map { Fixture.telemetry("drone-\($0)", battery: Double(($0 * 37) % 101)) }
        var state = Fixture.state(fleet)
        state.tap(.character("s"), .character("s"))
        let expected = (1...10_000).map { "drone-\($0)" }.sorted { lhs, rhs in
            let left = state.fleet.drones[lhs]!.battery!, right = state.fleet.drones[rhs]!.battery!
            return left != right ? left < right : NaturalOrder.areInIncreasingOrder(lhs, rhs)
        }
        #expect(state.fleetRowIDs == expected)
        state.tap(.character("/"))
        state.type("drone-99")
        #expect(state.fleetRowIDs.count == 111)
        #expect(state.fleetRowIDs.allSatisfy { $0.hasPrefix("drone-99") })
    }
}
