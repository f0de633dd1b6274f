import Testing
@testable import FlightDeckConsole
import FlightDeckCore

/// Every view at the smallest usual terminal and at a large one: well-formed, fully used, and safe from wire text.
@Suite struct PaneLayoutTests {
    static let sizes = [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 60, columns: 200)]
    static let hostile = "\u{1b}]0;x\u{07}\u{1b}[2J"

    /// Keys that open each view from the fleet table.
    static let views: [(name: String, keys: [Key])] = [
        ("fleet", []), ("tasks", [.character("2")]), ("alerts", [.character("3")]), ("lag", [.character("4")]),
        ("detail", [.enter]), ("detail with JSON", [.enter, .character("p")]), ("help", [.character("?")]),
        ("confirmation", [.character("l")]), ("go-to form", [.character("g")]),
        ("filter", [.character("/"), .character("巡")]), ("command line", [.character(":"), .character("g")]),
    ]

    var events: [Event] {
        let hostile = Self.hostile
        return Fixture.fleet(count: 60) + [
            Fixture.status("drone-1", .flying, battery: 12, location: GeoPoint(latitude: 22.5, longitude: 114, altitude: 90)),
            Fixture.task("task-1", drone: "drone-1", name: "巡检任务" + hostile, progress: 40, step: "巡检点位3" + hostile,
                         eta: Fixture.later(60_000)),
            Fixture.alert("a1", level: .critical, message: "无人机电量低于20%" + hostile, drone: "drone-1"),
            Fixture.alert("a2", level: .warning, message: "geofence" + hostile, drone: "drone-2"),
        ]
    }

    func state(showing keys: [Key], size: TerminalSize) -> ConsoleState {
        var state = Fixture.state(events, size: size)
        state.reduce(.received(.lag(LagSnapshot(groups: [
            GroupLag(group: LagSnapshot.ownReaderGroup + Self.hostile,
                     partitions: [PartitionLag(topic: "drone-events" + Self.hostile, partition: 0, committed: 5, end: 9)]),
        ], takenAt: Fixture.start))))
        for key in keys { state.tap(key) }
        return state
    }

    @Test(arguments: sizes)
    func everyViewFillsTheScreenWithoutBreakingIt(_ size: TerminalSize) {
        for view in Self.views {
            let grid = ConsoleView.render(state(showing: view.keys, size: size), size: size, now: Fixture.later(2_000))
            #expect(grid.size == size)
            #expect(grid.isWellFormed, "\(view.name)")
            #expect(grid.hasNoControlCharacters, "\(view.name)")
            #expect(grid.line(0).hasPrefix(" FlightDeck  1 Fleet"), "\(view.name)")
            #expect(grid.line(size.rows - 2).hasPrefix(" connecting"), "\(view.name)")
            #expect(grid.line(0).contains("▲ CRITICAL 1"), "\(view.name)")
            for row in 0..<size.rows {
                #expect(TextWidth.of(grid.line(row)) == size.columns, "\(view.name) row \(row)")
            }
        }
    }

    @Test(arguments: sizes)
    func everyViewKeepsTheScreenAsItWasWhenNothingChanged(_ size: TerminalSize) {
        for view in Self.views {
            let shown = state(showing: view.keys, size: size)
            let first = ConsoleView.render(shown, size: size, now: Fixture.later(2_000))
            let again = ConsoleView.render(shown, size: size, now: Fixture.later(2_000))
            #expect(GridDiff.runs(from: first, to: again).isEmpty, "\(view.name)")
        }
    }

    @Test func aTinyTerminalGetsAMessageInEveryView() {
        let size = TerminalSize(rows: 9, columns: 80)
        for view in Self.views {
            let grid = ConsoleView.render(state(showing: view.keys, size: size), size: size, now: Fixture.start)
            #expect(grid.text.contains("terminal too small"), "\(view.name)")
        }
    }
}
