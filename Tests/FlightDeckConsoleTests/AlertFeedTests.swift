import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct AlertFeedTests {
    static let small = TerminalSize(rows: 24, columns: 80)
    static let large = TerminalSize(rows: 60, columns: 200)

    /// A critical alert, a warning repeated three times on one drone, and an info alert.
    var events: [Event] {
        [
            Fixture.status("drone-2", .flying),
            Fixture.alert("a1", level: .critical, message: "无人机电量低于20%", drone: "drone-2", at: Fixture.later(1_000)),
            Fixture.alert("a2", level: .warning, message: "geofence exit", drone: "drone-7", at: Fixture.later(2_000)),
            Fixture.alert("a3", level: .warning, message: "geofence exit again", drone: "drone-7", at: Fixture.later(3_000)),
            Fixture.alert("a4", level: .warning, message: "geofence exit, third time", drone: "drone-7", at: Fixture.later(4_000)),
            Fixture.alert("a5", level: .info, message: "link quality low", drone: "drone-9", at: Fixture.later(500)),
        ]
    }

    func alertsPane(_ events: [Event], size: TerminalSize = small,
                    configuration: ConsoleConfiguration = Fixture.configuration()) -> ConsoleState {
        var state = Fixture.state(events, size: size, configuration: configuration)
        state.tap(.character("3"))
        return state
    }

    func render(_ state: ConsoleState, _ size: TerminalSize = small) -> Grid {
        ConsoleView.render(state, size: size, now: Fixture.later(5_000))
    }

    @Test func newestFirstWithRepeatsAggregatedAndLevelsColoured() {
        let grid = render(alertsPane(events))
        #expect(grid.line(1).hasPrefix("LEVEL    STATE            × DRONE      MESSAGE"))
        #expect(grid.line(2).hasPrefix("WARNING  open            ×3 drone-7    geofence exit, third time"))
        #expect(grid.line(3).hasPrefix("CRITICAL open               drone-2    无人机电量低于20%"))
        #expect(grid.line(4).hasPrefix("INFO     open               drone-9    link quality low"))
        #expect(grid.line(2).hasSuffix("1s"))
        #expect(grid[2, 0].style.foreground == Theme.default.style(.alertWarning).foreground)
        #expect(grid[3, 0].style == Theme.default.style(.alertCritical))
        #expect(grid[4, 0].style.foreground == Theme.default.style(.alertInfo).foreground)
    }

    @Test(arguments: [small, large])
    func chineseMessagesKeepTheAgeColumnAligned(_ size: TerminalSize) {
        let grid = render(alertsPane(events, size: size), size)
        let cjk = grid.row(containing: "无人机")!, ascii = grid.row(containing: "link quality")!
        #expect(grid.line(1).hasSuffix("AGE"))
        #expect(grid.column(of: "4s", inRow: cjk)! + 2 == size.columns)
        #expect(grid.column(of: "4s", inRow: ascii)! + 2 == size.columns)
        #expect(grid.column(of: "无人机", inRow: cjk) == grid.column(of: "MESSAGE", inRow: 1))
        #expect(grid.isWellFormed)
        if size == Self.large {
            #expect(grid.line(1).contains("TYPE"))
        }
    }

    @Test func wireTextInAlertsCannotControlTheTerminal() {
        let hostile = "\u{1b}]0;x\u{07}\u{1b}[2J"
        let state = alertsPane([Fixture.alert("a1", level: .critical, message: "bad" + hostile + " news", drone: "d" + hostile)])
        let grid = render(state)
        #expect(grid.hasNoControlCharacters)
        #expect(grid.line(2).contains("bad news"))
    }

    @Test func aAcknowledgesTheSelectedRowAndItsRepeatsOnlyWhenTheAckComesBack() {
        var state = alertsPane(events)
        state.tap(.character("a"))
        #expect(state.takeEffects() == ["a4", "a3", "a2"].map {
            .acknowledge(alertID: $0, droneID: "drone-7", operatorName: "alice")
        })
        #expect(state.fleet.alerts["a4"]?.phase == .open)
        #expect(render(state).line(2).hasPrefix("WARNING  ack 5s left"))
        state.tap(.character("a"))
        #expect(state.takeEffects().isEmpty)
        #expect(state.keyBarText.contains("already sent"))

        state.reduce(.received(.delivery(.delivered(.acknowledgement(alertID: "a4")))))
        #expect(render(state).line(2).hasPrefix("WARNING  ack sent…"))
        state.receive(Fixture.acknowledged("a4", drone: "drone-7", at: Fixture.later(4_100)),
                      Fixture.acknowledged("a3", drone: "drone-7", at: Fixture.later(4_100)))
        #expect(render(state).line(2).hasPrefix("WARNING  ack 5s left"))
        state.receive(Fixture.acknowledged("a2", drone: "drone-7", at: Fixture.later(4_200)))
        #expect(render(state).line(2).hasPrefix("WARNING  acked"))
        #expect(state.acknowledgements.entries.isEmpty)
    }

    @Test func aKeyActsOnAlertsThatArrivedSinceTheLastRebuild() {
        var state = alertsPane([Fixture.alert("old", level: .warning, message: "旧", drone: "drone-1")])
        state.receive(Fixture.alert("fresh", level: .critical, message: "刚到", drone: "drone-3"))
        #expect(state.alertFeed.list.rows.count == 1, "the feed waits for its rebuild interval")
        state.tap(.down)
        #expect(state.alertFeed.list.rows.count == 2)
        #expect(state.alertFeed.selectedGroup?.alerts(in: state.fleet).first?.id != nil)
    }

    @Test func anAckThatCannotBeDeliveredSaysWhyAndMayBeSentAgain() {
        var state = alertsPane(events)
        state.tap(.down, .character("a"))
        #expect(state.takeEffects() == [.acknowledge(alertID: "a1", droneID: "drone-2", operatorName: "alice")])
        state.reduce(.received(.delivery(.failed(.acknowledgement(alertID: "a1"), reason: "Local: Broker transport failure"))))
        #expect(render(state).line(3).hasPrefix("CRITICAL ack failed"))
        #expect(state.keyBarText.contains("acknowledgement of a1 not delivered: Local: Broker transport failure"))
        state.tap(.character("a"))
        #expect(state.takeEffects().count == 1)
    }

    @Test func anAckWithoutADeliveryReportShowsAsSuchAfterTheTimeout() {
        var state = alertsPane(events)
        state.tap(.character("a"))
        #expect(ConsoleView.render(state, size: Self.small, now: Fixture.later(9_001)).line(2).hasPrefix("WARNING  ack 1s left"))
        #expect(ConsoleView.render(state, size: Self.small, now: Fixture.later(11_000)).line(2).hasPrefix("WARNING  ack 0s left"),
                "librdkafka's own timed-out report is still due")
        let grid = ConsoleView.render(state, size: Self.small, now: Fixture.later(12_001))
        #expect(grid.line(2).hasPrefix("WARNING  ack no report"))
    }

    @Test func capitalAAsksFirstAndListsEveryRowItWillAcknowledge() {
        var state = alertsPane(events + [Fixture.acknowledged("a5", drone: "drone-9")])
        state.tap(.character("A"))
        #expect(state.recordedEffects.isEmpty)
        let dialog = render(state).text
        #expect(dialog.contains("Acknowledge 4 open alerts?"))
        #expect(dialog.contains("WARNING drone-7 geofence exit, third time ×3"))
        #expect(dialog.contains("CRITICAL drone-2 无人机电量低于20%"))
        #expect(!dialog.contains("link quality low ×"))
        state.tap(.character("n"))
        #expect(state.takeEffects().isEmpty)
        state.tap(.character("A"), .character("y"))
        #expect(Set(state.takeEffects().map(\.subject)) == Set(["a1", "a2", "a3", "a4"].map { .acknowledgement(alertID: $0) }))
    }

    @Test func capitalAAcknowledgesOnlyWhatTheFilterShows() {
        var state = alertsPane(events)
        state.tap(.character("/"))
        state.type("drone-2")
        state.tap(.enter, .character("A"), .character("y"))
        #expect(state.takeEffects() == [.acknowledge(alertID: "a1", droneID: "drone-2", operatorName: "alice")])
    }

    @Test func criticalAlertsReachTheHeaderOfEveryView() {
        var state = alertsPane(events)
        for key in [Key.character("1"), .character("2"), .character("4"), .character("1"), .enter] {
            state.tap(key)
            #expect(render(state).line(0).contains("▲ CRITICAL 1: drone-2"), "after \(key.label)")
        }
        state.receive(Fixture.acknowledged("a1", drone: "drone-2", at: Fixture.later(4_500)))
        #expect(!render(state).line(0).contains("CRITICAL"))
    }

    @Test func resolvedAlertsStayListedAndFaded() {
        var state = alertsPane(events)
        state.receive(Fixture.event(.alertResolved, .alert(AlertUpdate(alertID: "a5", droneID: "drone-9")), at: Fixture.later(4_000)))
        state.settle()
        let grid = render(state)
        let row = grid.row(containing: "link quality low")!
        #expect(grid.line(row).hasPrefix("INFO     resolved"))
        #expect(grid[row, grid.column(of: "link", inRow: row)!].style == Theme.default.style(.dim))
    }

    @Test func enterOpensTheAlertsDrone() {
        var state = alertsPane(events)
        state.tap(.down, .enter)
        #expect(state.detailDroneID == "drone-2")
    }

    @Test func aReadOnlyConsoleRefusesAcksAndSaysSo() {
        var state = alertsPane(events, configuration: Fixture.configuration(readOnly: true))
        for keys in [[Key.character("a")], [.character("A")], [.character(":"), .character("a"), .character("c"), .character("k"), .enter]] {
            for key in keys { state.tap(key) }
            let effects = state.takeEffects()
            #expect(effects.count == 1 && effects.allSatisfy { $0.subject == nil }, "only the refusal, for the audit trail")
            #expect(state.overlay == nil)
            #expect(state.keyBarText.hasPrefix(" read-only: commands are disabled"))
        }
    }
}
