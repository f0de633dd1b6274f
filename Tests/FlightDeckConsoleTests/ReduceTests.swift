import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct ReduceTests {
    /// Drone rows of the fleet table at 80×24.
    let page = ScreenLayout(size: TerminalSize(rows: 24, columns: 80)).fleetRows

    func pressing(_ commands: ConsoleCommand..., on start: ConsoleState) -> ConsoleState {
        var state = start
        for command in commands {
            state.reduce(.command(command))
        }
        return state
    }

    @Test func theFirstDroneIsSelectedUntilTheOperatorMoves() {
        let state = Fixture.state(Fixture.fleet(count: 3))
        #expect(state.selectedIndex == 0)
        #expect(state.roster.ids == ["drone-1", "drone-2", "drone-3"])
    }

    @Test func selectionStopsAtBothEnds() {
        let state = Fixture.state(Fixture.fleet(count: 3))
        #expect(pressing(.selectPrevious, on: state).selectedIndex == 0)
        #expect(pressing(.selectNext, .selectNext, on: state).selectedID == "drone-3")
        #expect(pressing(.selectNext, .selectNext, .selectNext, .selectNext, on: state).selectedID == "drone-3")
        #expect(pressing(.selectLast, .selectPrevious, on: state).selectedID == "drone-2")
        #expect(pressing(.selectLast, .selectFirst, on: state).selectedID == "drone-1")
    }

    @Test func pagingMovesByTheVisibleRowsAndStopsAtTheEnds() {
        let state = Fixture.state(Fixture.fleet(count: 100))
        #expect(page == 17)
        #expect(pressing(.pageDown, on: state).selectedIndex == page)
        #expect(pressing(.pageDown, .pageDown, .pageUp, on: state).selectedIndex == page)
        #expect(pressing(.pageUp, on: state).selectedIndex == 0)
        #expect(pressing(.selectLast, .pageDown, on: state).selectedIndex == 99)
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        var state = Fixture.state(Fixture.fleet(count: 100))
        for command in [ConsoleCommand.pageDown, .selectNext, .pageDown, .selectLast, .selectPrevious, .pageUp, .pageUp,
                        .selectFirst, .selectNext] {
            state.reduce(.command(command))
            let selected = state.selectedIndex!
            #expect((state.scrollOffset..<state.scrollOffset + page).contains(selected), "after \(command)")
        }
        state.reduce(.command(.selectLast))
        #expect(state.scrollOffset == 100 - page)
    }

    @Test func shrinkingTheTerminalKeepsTheSelectionVisible() {
        var state = pressing(.selectLast, on: Fixture.state(Fixture.fleet(count: 100)))
        state.reduce(.resized(TerminalSize(rows: 12, columns: 80)))
        let rows = ScreenLayout(size: state.size).fleetRows
        #expect(state.scrollOffset == 100 - rows)
    }

    @Test func selectionStaysOnItsDroneWhenOthersArriveAboveIt() {
        var state = pressing(.selectNext, on: Fixture.state([Fixture.status("drone-5", .flying),
                                                             Fixture.status("drone-9", .idle)]))
        #expect(state.selectedID == "drone-9")
        state.reduce(.received(.events([Fixture.status("drone-1", .idle), Fixture.status("drone-10", .idle)])))
        #expect(state.roster.ids == ["drone-1", "drone-5", "drone-9", "drone-10"])
        #expect(state.selectedIndex == 2)
    }

    @Test func theRosterFollowsTheFleetWhenItsCapForgetsDrones() {
        var state = ConsoleState(configuration: Fixture.configuration(), fleetLimits: FleetLimits(drones: 3))
        state.reduce(.received(.events(Fixture.fleet(count: 3))))
        let later = Fixture.start.adding(milliseconds: 1000)
        state.reduce(.received(.events([Fixture.status("drone-2", .idle, at: later), Fixture.status("drone-0", .idle, at: later)])))
        #expect(state.roster.ids == state.fleet.drones.keys.sorted(by: NaturalOrder.areInIncreasingOrder))
        #expect(state.roster.count == 3)
    }

    @Test func helpTogglesAndEscapeClosesIt() {
        let state = Fixture.state([])
        #expect(pressing(.toggleHelp, on: state).isHelpVisible)
        #expect(!pressing(.toggleHelp, .toggleHelp, on: state).isHelpVisible)
        #expect(!pressing(.toggleHelp, .closeHelp, on: state).isHelpVisible)
    }

    @Test func quitIsRequestedOnlyByTheQuitCommand() {
        let state = Fixture.state(Fixture.fleet(count: 2))
        #expect(!pressing(.selectNext, .pageDown, .toggleHelp, on: state).isQuitRequested)
        #expect(pressing(.quit, on: state).isQuitRequested)
    }

    @Test func movingWithoutDronesChangesNothing() {
        let state = pressing(.selectNext, .pageDown, .selectLast, on: Fixture.state([]))
        #expect(state.selectedID == nil)
        #expect(state.selectedIndex == nil)
    }

    @Test func eventsPerSecondComesFromTicksOverASlidingWindow() {
        var state = Fixture.state([])
        state.reduce(.tick(Fixture.start))
        state.reduce(.received(.events(Fixture.fleet(count: 50))))
        state.reduce(.tick(Fixture.start.adding(milliseconds: 500)))
        #expect(state.eventsPerSecond == 100)
        state.reduce(.received(.events(Fixture.fleet(count: 50))))
        state.reduce(.tick(Fixture.start.adding(milliseconds: 1000)))
        #expect(state.eventsPerSecond == 100)
        for second in 2...5 {
            state.reduce(.tick(Fixture.start.adding(milliseconds: Int64(second) * 1000)))
        }
        #expect(state.eventsPerSecond == 0)
        #expect(state.eventsConsumed == 100)
    }

    @Test func inputsOtherThanEventsUpdateTheStatus() {
        var state = Fixture.state([])
        #expect(state.broker.state == .connecting)
        state.reduce(.received(.broker(BrokerStatus(state: .down, detail: "all brokers down"))))
        state.reduce(.received(.decodeFailures(count: 2, lastReason: "missing field 'id'")))
        state.reduce(.received(.decodeFailures(count: 1, lastReason: "message is not a JSON object")))
        state.reduce(.received(.notice("rebalance")))
        #expect(state.broker == BrokerStatus(state: .down, detail: "all brokers down"))
        #expect(state.decodeFailures == 3)
        #expect(state.lastDecodeFailure == "message is not a JSON object")
        #expect(state.notice == "rebalance")
    }

    @Test func duplicatesCountAsConsumedButAddNoDrone() {
        let event = Fixture.status("drone-1", .flying)
        let state = Fixture.state([event, event])
        #expect(state.eventsConsumed == 2)
        #expect(state.roster.ids == ["drone-1"])
    }
}
