import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct LagPaneTests {
    static let small = TerminalSize(rows: 24, columns: 80)
    static let large = TerminalSize(rows: 60, columns: 200)

    static func snapshot(ownLag: Int64, analyticsLag: Int64, at second: Int64) -> LagSnapshot {
        LagSnapshot(groups: [
            GroupLag(group: "analytics", partitions: [
                PartitionLag(topic: "drone-events", partition: 1, committed: 1_000, end: 1_000 + analyticsLag),
                PartitionLag(topic: "drone-events", partition: 0, committed: nil, end: 5_000),
            ]),
            GroupLag(group: LagSnapshot.ownReaderGroup, partitions: [
                PartitionLag(topic: "drone-events", partition: 0, committed: 20_000 - ownLag, end: 20_000),
                PartitionLag(topic: "alert-events", partition: 0, committed: 12, end: 12),
            ]),
        ], takenAt: Fixture.later(second * 1000))
    }

    func lagPane(_ snapshots: [LagSnapshot], size: TerminalSize = small) -> ConsoleState {
        var state = Fixture.state([], size: size)
        state.tap(.character("4"))
        for snapshot in snapshots {
            state.reduce(.received(.lag(snapshot)))
        }
        return state
    }

    @Test func groupsComeWithTheirPartitionsAndTheConsolesOwnReaderFirst() {
        let state = lagPane([Self.snapshot(ownLag: 1_234, analyticsLag: 40, at: 1)])
        let grid = ConsoleView.render(state, size: Self.small, now: Fixture.later(3_000))
        #expect(grid.line(1).hasPrefix("GROUP / TOPIC"))
        #expect(grid.line(1).hasSuffix("TREND · 2s ago  "))
        #expect(grid.line(2).hasPrefix("flightdeck (this cons…"))
        #expect(grid.line(2).contains(" 1,234 █"))
        #expect(grid.line(3).hasPrefix("  alert-events"))
        #expect(grid.line(4).hasPrefix("  drone-events") && grid.line(4).contains("18,766     20,000    1,234"))
        #expect(grid.line(5).hasPrefix("analytics"))
        #expect(grid.line(6).contains("–      5,000        –"))
        #expect(grid.line(7).contains("1,000      1,040       40"))
    }

    @Test func eachGroupKeepsAMinuteOfTotalsForItsSparkline() {
        let snapshots = (0..<70).map { Self.snapshot(ownLag: Int64($0 % 8) * 100, analyticsLag: 0, at: Int64($0)) }
        let state = lagPane(snapshots, size: Self.large)
        #expect(state.lag.history[LagSnapshot.ownReaderGroup]?.count == LagBoard.historyLength)
        #expect(state.lag.history[LagSnapshot.ownReaderGroup]?.last == 500)
        let grid = ConsoleView.render(state, size: Self.large, now: Fixture.later(70_000))
        let trend = grid.column(of: "TREND", inRow: 1)!
        #expect(grid.line(2).contains(" 500 ▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆ "))
        #expect(grid[2, trend].style.foreground == Theme.default.style(.sparkline).foreground)
        #expect(grid.line(5).hasPrefix("analytics"))
        #expect(grid.line(5).contains(" 0 " + String(repeating: "▁", count: 30) + " "))
    }

    @Test func sparklinesScaleFromZeroToTheHighestValue() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7], width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([10, 10, 10], width: 8) == "███")
        #expect(Sparkline.render([0, 0], width: 8) == "▁▁")
        #expect(Sparkline.render([1, 2, 3, 4], width: 2) == "▆█")
        #expect(Sparkline.render([], width: 4) == "")
        #expect(Sparkline.render([-5, 10], width: 4) == "▁█")
    }

    @Test func theListScrollsWithTheSelection() {
        let many = LagSnapshot(groups: (1...30).map { index in
            GroupLag(group: "group-\(index)", partitions: [PartitionLag(topic: "drone-events", partition: 0, committed: 0, end: Int64(index))])
        }, takenAt: Fixture.start)
        var state = lagPane([many])
        state.tap(.end)
        let grid = ConsoleView.render(state, size: Self.small, now: Fixture.start)
        #expect(grid.line(21).hasPrefix("  drone-events"))
        #expect(grid.line(20).hasPrefix("group-9"))
        #expect(grid[21, 0].style.background == Theme.default.style(.selected).background)
    }

    @Test func verdictsReasonsAndTheClustersHealthAreShown() {
        let stopped = PartitionLag(topic: "drone-events", partition: 0, committed: 100, end: 190)
        let fine = PartitionLag(topic: "drone-events", partition: 1, committed: 50, end: 50)
        let verdict = GroupEvaluation(group: "alert-service", partitions: [
            PartitionEvaluation(offsets: stopped, status: .stopped, reason: "no progress for 40s while 80 new messages arrived; lag 90"),
            PartitionEvaluation(offsets: fine, status: .ok, reason: "caught up"),
        ], takenAt: Fixture.start)
        let health = ClusterHealth(brokers: [.init(id: 1, address: "k1:9092", isUp: true), .init(id: 2, address: "k2:9092", isUp: false)],
                                   offlinePartitions: [.init(topic: "drone-events", partition: 1, reason: "leader broker 2 is down")],
                                   underReplicated: [], missingTopics: [])
        let snapshot = LagSnapshot(groups: [verdict.offsets], takenAt: Fixture.start, evaluations: [verdict], health: health)
        let state = lagPane([snapshot], size: Self.large)
        let grid = ConsoleView.render(state, size: Self.large, now: Fixture.start)
        #expect(grid.line(1).hasPrefix("cluster: 1/2 brokers up, 2 problems · partition drone-events[1] offline: leader broker 2 is down · broker 2 (k2:9092) down"))
        #expect(grid[1, 0].style.foreground == Theme.default.style(.statusBad).foreground)
        #expect(grid.line(2).hasPrefix("GROUP / TOPIC"))
        let status = grid.column(of: "STAT", inRow: 2)!
        #expect(grid.line(3).hasPrefix("alert-service") && grid.line(3).contains(" ERR "))
        #expect(grid[3, status].style.foreground == Theme.default.style(.statusBad).foreground)
        #expect(grid.line(4).contains("STOP no progress for 40s while 80 new messages arrived; lag 90"))
        #expect(!grid.line(5).contains("caught up"))
        let statusLine = grid.line(Self.large.rows - 2)
        #expect(statusLine.contains("offline drone-events[1]"), "the offline partition is named on the status line: \(statusLine)")
        #expect(grid[Self.large.rows - 2, grid.column(of: "offline drone-events[1]", inRow: Self.large.rows - 2)!].style.foreground
                == Theme.default.style(.statusBad).foreground)
    }

    @Test func withoutDataThePaneSaysItIsWaiting() {
        let grid = ConsoleView.render(lagPane([]), size: Self.small, now: Fixture.start)
        #expect(grid.line(2).hasPrefix("waiting for lag data…"))
    }
}
