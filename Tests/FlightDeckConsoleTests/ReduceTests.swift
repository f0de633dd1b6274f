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
        #expect(state.fleetTable.list.selectedIndex == 0)
        #expect(state.fleetRowIDs == ["drone-1", "drone-2", "drone-3"])
    }

    @Test func selectionStopsAtBothEnds() {
        let state = Fixture.state(Fixture.fleet(count: 3))
        #expect(pressing(.selectPrevious, on: state).selectedDroneID == "drone-1")
        #expect(pressing(.selectNext, .selectNext, on: state).selectedDroneID == "drone-3")
        #expect(pressing(.selectNext, .selectNext, .selectNext, .selectNext, on: state).selectedDroneID == "drone-3")
        #expect(pressing(.selectLast, .selectPrevious, on: state).selectedDroneID == "drone-2")
        #expect(pressing(.selectLast, .selectFirst, on: state).selectedDroneID == "drone-1")
    }

    @Test func pagingMovesByTheVisibleRowsAndStopsAtTheEnds() {
        let state = Fixture.state(Fixture.fleet(count: 100))
        #expect(page == 16)
        #expect(pressing(.pageDown, on: state).fleetTable.list.selectedIndex == page)
        #expect(pressing(.pageDown, .pageDown, .pageUp, on: state).fleetTable.list.selectedIndex == page)
        #expect(pressing(.pageUp, on: state).fleetTable.list.selectedIndex == 0)
        #expect(pressing(.selectLast, .pageDown, on: state).fleetTable.list.selectedIndex == 99)
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        var state = Fixture.state(Fixture.fleet(count: 100))
        for command in [ConsoleCommand.pageDown, .selectNext, .pageDown, .selectLast, .selectPrevious, .pageUp, .pageUp,
                        .selectFirst, .selectNext] {
            state.reduce(.command(command))
            let selected = state.fleetTable.list.selectedIndex!
            let first = state.fleetTable.list.firstVisibleRow(visibleRows: page)
            #expect((first..<first + page).contains(selected), "after \(command)")
        }
        state.reduce(.command(.selectLast))
        #expect(state.fleetTable.list.firstVisibleRow(visibleRows: page) == 100 - page)
    }

    @Test func shrinkingTheTerminalKeepsTheSelectionVisible() {
        var state = pressing(.selectLast, on: Fixture.state(Fixture.fleet(count: 100)))
        state.reduce(.resized(TerminalSize(rows: 12, columns: 80)))
        let rows = ScreenLayout(size: state.size).fleetRows
        #expect(state.fleetTable.list.cursor.offset == 100 - rows)
    }

    @Test func selectionStaysOnItsDroneWhenOthersArriveAboveIt() {
        var state = pressing(.selectNext, on: Fixture.state([Fixture.status("drone-5", .flying),
                                                             Fixture.status("drone-9", .idle)]))
        #expect(state.selectedDroneID == "drone-9")
        state.receive(Fixture.status("drone-1", .idle), Fixture.status("drone-10", .idle))
        state.settle()
        #expect(state.fleetRowIDs == ["drone-1", "drone-5", "drone-9", "drone-10"])
        #expect(state.fleetTable.list.selectedIndex == 2)
    }

    @Test func newDronesJoinTheTableAtTheNextRebuildNotOnEveryBatch() {
        var state = Fixture.state(Fixture.fleet(count: 2))
        state.receive(Fixture.status("drone-3", .idle))
        #expect(state.fleetRowIDs == ["drone-1", "drone-2"])
        state.settle(after: RebuildSchedule.interval - 1)
        #expect(state.fleetRowIDs == ["drone-1", "drone-2"])
        state.settle(after: 1)
        #expect(state.fleetRowIDs == ["drone-1", "drone-2", "drone-3"])
    }

    @Test func theTableFollowsTheFleetWhenItsCapForgetsDrones() {
        var state = ConsoleState(configuration: Fixture.configuration(), fleetLimits: FleetLimits(drones: 3))
        state.reduce(.received(.events(Fixture.fleet(count: 3))))
        let later = Fixture.later(1000)
        state.receive(Fixture.status("drone-2", .idle, at: later), Fixture.status("drone-0", .idle, at: later))
        state.settle()
        #expect(state.fleetRowIDs == state.fleet.drones.keys.sorted(by: NaturalOrder.areInIncreasingOrder))
        #expect(state.fleetRowIDs.count == 3)
    }

    @Test func helpTogglesAndEscapeClosesIt() {
        var state = Fixture.state([])
        #expect(pressing(.toggleHelp, on: state).isHelpVisible)
        #expect(!pressing(.toggleHelp, .toggleHelp, on: state).isHelpVisible)
        state.tap(.character("?"), .escape)
        #expect(!state.isHelpVisible)
    }

    @Test func quitIsRequestedOnlyByTheQuitCommand() {
        let state = Fixture.state(Fixture.fleet(count: 2))
        #expect(!pressing(.selectNext, .pageDown, .toggleHelp, on: state).isQuitRequested)
        #expect(pressing(.quit, on: state).isQuitRequested)
        var typed = state
        typed.tap(.character(":"))
        typed.type("q")
        #expect(!typed.isQuitRequested)
        typed.tap(.enter)
        #expect(typed.isQuitRequested)
    }

    @Test func movingWithoutDronesChangesNothing() {
        let state = pressing(.selectNext, .pageDown, .selectLast, on: Fixture.state([]))
        #expect(state.selectedDroneID == nil)
        #expect(state.fleetTable.list.selectedIndex == nil)
    }

    @Test func numberKeysAndTabSwitchPanes() {
        var state = Fixture.state(Fixture.fleet(count: 2))
        state.tap(.character("3"))
        #expect(state.pane == .alerts)
        state.tap(.tab, .tab)
        #expect(state.pane == .fleet)
        state.tap(.backTab)
        #expect(state.pane == .lag)
        state.tap(.escape)
        #expect(state.pane == .fleet)
    }

    @Test func enterOpensTheSelectedDroneAndEscapeGoesBack() {
        var state = Fixture.state(Fixture.fleet(count: 3))
        state.tap(.down, .enter)
        #expect(state.detailDroneID == "drone-2")
        state.tap(.character("2"))
        #expect(state.detailDroneID == nil && state.pane == .tasks)
        state.tap(.character("1"), .enter, .escape)
        #expect(state.detailDroneID == nil && state.pane == .fleet)
    }

    @Test func eventsPerSecondComesFromTicksOverASlidingWindow() {
        var state = Fixture.state([])
        state.reduce(.tick(Fixture.start))
        state.reduce(.received(.events(Fixture.fleet(count: 50))))
        state.reduce(.tick(Fixture.later(500)))
        #expect(state.eventsPerSecond == 100)
        state.reduce(.received(.events(Fixture.fleet(count: 50))))
        state.reduce(.tick(Fixture.later(1000)))
        #expect(state.eventsPerSecond == 100)
        for second in 2...5 {
            state.reduce(.tick(Fixture.later(Int64(second) * 1000)))
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
        #expect(state.fleetRowIDs == ["drone-1"])
    }
}
