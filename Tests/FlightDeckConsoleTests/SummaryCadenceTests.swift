import Testing
@testable import FlightDeckConsole
import FlightDeckCore

/// The header counts the fleet at most four times a second, except where the operator must see a change at once.
@Suite struct SummaryCadenceTests {
    @Test("more drones within the interval are counted at the next count, not on every batch")
    func countsFollowTheInterval() {
        var state = Fixture.state([Fixture.status("drone-1", .flying)])
        #expect(state.summary.drones == 1, "the first events are counted at once")
        state.reduce(.tick(Fixture.later(100)))
        state.reduce(.received(.events([Fixture.status("drone-2", .flying, at: Fixture.later(100))])))
        #expect(state.summary.drones == 1)
        state.reduce(.tick(Fixture.later(ConsoleState.summaryInterval)))
        #expect(state.summary.drones == 2)
    }

    @Test("a critical alert and the loss of the cluster reach the header at once")
    func urgentChangesAreCountedAtOnce() {
        var state = Fixture.state([Fixture.status("drone-1", .flying)])
        state.reduce(.tick(Fixture.later(100)))
        state.reduce(.received(.events([Fixture.alert("a1", level: .critical, message: "no-fly zone", drone: "drone-1",
                                                      at: Fixture.later(100))])))
        #expect(state.summary.openCritical == 1)

        state.reduce(.tick(Fixture.later(1_000)))
        state.reduce(.received(.broker(BrokerStatus(state: .down, detail: "3/3 brokers are down"))))
        state.reduce(.tick(Fixture.later(12_000)))
        #expect(state.summary.unheard == 1 && state.summary.stale == 0)
        state.reduce(.tick(Fixture.later(12_100)))
        state.reduce(.received(.broker(BrokerStatus(state: .up, detail: "3 brokers"))))
        #expect(state.summary.unheard == 0 && state.summary.stale == 1, "back in touch, the silence is the drone's")
    }
}
