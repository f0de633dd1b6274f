import Testing
@testable import FlightDeckConsole
import FlightDeckCore

/// When the console loses the cluster, the fleet keeps its last state and every stale drone says whose silence it is.
@Suite struct ClusterLossTests {
    static let size = TerminalSize(rows: 24, columns: 80)

    /// drone-1 reported up to the outage; drone-2 had been silent for a minute already.
    func stateAfterOutage() -> ConsoleState {
        var state = Fixture.state([Fixture.status("drone-1", .flying, battery: 80, at: Fixture.later(4_000)),
                                   Fixture.status("drone-2", .hovering, battery: 60, at: Fixture.later(-60_000))],
                                  size: Self.size)
        state.reduce(.tick(Fixture.later(5_000)))
        state.reduce(.received(.broker(BrokerStatus(state: .down, detail: "3/3 brokers are down"))))
        state.reduce(.tick(Fixture.later(35_000)))
        return state
    }

    func line(_ grid: Grid, containing text: String) -> String {
        grid.row(containing: text).map { grid.line($0) } ?? ""
    }

    @Test("a drone fresh when the cluster was lost is marked kafka?, one silent before it stale; the header counts both")
    func markers() {
        let state = stateAfterOutage()
        let grid = ConsoleView.render(state, size: Self.size, now: Fixture.later(35_000))
        #expect(line(grid, containing: "drone-1 ").contains("31s kafka?"))
        #expect(line(grid, containing: "drone-2 ").contains("1m stale"))
        #expect(line(grid, containing: "drone-1 ").contains("flying"), "the last state is kept")
        #expect(grid.line(0).contains("no kafka 1"))
        #expect(grid.line(0).contains("stale 1"))
    }

    @Test("the status line says since when the cluster is lost and librdkafka's reason, even at 80 columns")
    func statusLine() {
        let state = stateAfterOutage()
        let grid = ConsoleView.render(state, size: Self.size, now: Fixture.later(35_000))
        let status = grid.line(Self.size.rows - 2)
        #expect(status.contains("broker down 30s"), "\(status)")
        #expect(status.contains("3/3 brokers are down"), "\(status)")
    }

    @Test("once the cluster is back, a drone still not heard from is the drone's own silence")
    func reconnected() {
        var state = stateAfterOutage()
        state.reduce(.received(.broker(BrokerStatus(state: .up, detail: "3 brokers"))))
        #expect(state.clusterLostAt == nil)
        let grid = ConsoleView.render(state, size: Self.size, now: Fixture.later(36_000))
        #expect(line(grid, containing: "drone-1 ").contains("32s stale"))
        #expect(!grid.line(0).contains("no kafka"))
    }

    @Test("a second down report keeps the time the cluster was first lost")
    func lostSinceFirstReport() {
        var state = stateAfterOutage()
        state.reduce(.received(.broker(BrokerStatus(state: .down, detail: "could not read cluster metadata: Local: Timed out"))))
        #expect(state.clusterLostAt == Fixture.later(5_000))
    }
}
