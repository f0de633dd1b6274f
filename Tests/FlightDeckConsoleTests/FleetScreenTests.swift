import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct FleetScreenTests {
    static let small = TerminalSize(rows: 24, columns: 80)
    static let large = TerminalSize(rows: 60, columns: 200)
    let now = Fixture.start.adding(milliseconds: 2_000)

    /// Four drones: low battery, a CJK task step, an ASCII one, and ids that sort naturally.
    var events: [Event] {
        [
            Fixture.status("drone-10", .offline, battery: 64),
            Fixture.status("drone-1", .flying, battery: 80,
                           location: GeoPoint(latitude: 31.2304, longitude: 121.4737, altitude: 120)),
            Fixture.telemetry("drone-1", speed: 12.5),
            Fixture.status("drone-2", .returning, battery: 15),
            Fixture.status("drone-3", .idle, battery: 100),
            Fixture.taskProgress("task-9", drone: "drone-10", step: "巡检点位3"),
            Fixture.taskProgress("task-7", drone: "drone-3", step: "leg 2"),
        ]
    }

    func render(_ state: ConsoleState, _ size: TerminalSize, at time: Timestamp? = nil) -> Grid {
        ConsoleView.render(state, size: size, now: time ?? now)
    }

    @Test func headerShowsThePanesAndCountsTheFleet() {
        let grid = render(Fixture.state(events, size: Self.large), Self.large)
        #expect(grid.line(0).hasPrefix(" FlightDeck  1 Fleet  2 Tasks  3 Alerts  4 Lag   drones 4  open alerts 0  airborne 2  low battery 1  stale 0"))
        #expect(grid[0, 0].style == Theme.default.style(.header))
        let activeTab = grid.column(of: "1 Fleet", inRow: 0)!
        #expect(grid[0, activeTab].style == Theme.default.style(.activeTab))
        #expect(grid[0, grid.column(of: "2 Tasks", inRow: 0)!].style == Theme.default.style(.header))
    }

    @Test func columnsSitWhereTheCompactLayoutPutsThem() {
        let grid = render(Fixture.state(events), Self.small)
        let titles = ["DRONE▲": 0, "STATUS": 11, "BATTERY": 22, "POSITION": 32, "ALT": 53, "SPEED": 57, "TASK": 63,
                      "LAST SEEN": 70]
        for (title, column) in titles {
            #expect(grid.column(of: title, inRow: 1) == column, "\(title)")
        }
        #expect(grid.line(2) == "drone-1    flying     ███▎  80% 31.2304, 121.4737    120  12.5        2s        ")
    }

    @Test func rowsFollowNaturalIdOrder() {
        let grid = render(Fixture.state(events), Self.small)
        let ids = (2...5).map { grid.line($0).prefix(10).split(separator: " ").first.map(String.init) }
        #expect(ids == ["drone-1", "drone-2", "drone-3", "drone-10"])
    }

    @Test func theSelectedRowIsHighlighted() {
        var state = Fixture.state(events)
        state.reduce(.command(.selectNext))
        let grid = render(state, Self.small)
        let highlight = Theme.default.style(.selected).background
        #expect((0..<80).allSatisfy { grid[3, $0].style.background == highlight })
        #expect((0..<80).allSatisfy { grid[2, $0].style.background != highlight })
        let status = grid.column(of: "returning", inRow: 3)!
        #expect(grid[3, status].style.foreground == Theme.default.style(.statusWarn).foreground)
    }

    @Test func lowBatteryIsShownInItsOwnStyle() {
        let grid = render(Fixture.state(events), Self.small)
        let row = grid.row(containing: "drone-2")!
        let percent = grid.column(of: "15%", inRow: row)!
        #expect(grid[row, percent].style.foreground == Theme.default.style(.batteryLow).foreground)
        let healthy = grid.column(of: "80%", inRow: 2)!
        #expect(grid[2, healthy].style.foreground == Theme.default.style(.batteryOK).foreground)
    }

    @Test func statusLineShowsConnectionCountsAndReadOnly() {
        var state = Fixture.state(events, configuration: Fixture.configuration(readOnly: true))
        state.reduce(.received(.decodeFailures(count: 3, lastReason: "missing field 'id'")))
        let line = render(state, Self.small).line(22)
        #expect(line.hasPrefix(" connecting  READ-ONLY  0 ev/s  decode errors 3  (missing field 'id')  total 7"))
        #expect(render(state, Self.small)[22, 1].style.background == Theme.default.style(.statusLine).background)
    }

    @Test func theKeyBarNamesTheKeysThatWorkHere() {
        let state = Fixture.state(events)
        let line = render(state, Self.small).line(23)
        #expect(line.hasPrefix(" / filter  Enter detail  s sort  r rtb  l land"))
        #expect(line.hasSuffix("? help  q quit "))
        var detail = state
        detail.tap(.enter)
        #expect(render(detail, Self.small).line(23).contains("p JSON"))
        var readOnly = Fixture.state(events, configuration: Fixture.configuration(readOnly: true))
        readOnly.tap(.character("3"))
        #expect(!render(readOnly, Self.small).line(23).contains("ack"))
    }

    @Test func aWideScreenShowsEverythingInTheStatusLine() {
        var state = Fixture.state(events, size: Self.large)
        state.reduce(.received(.broker(BrokerStatus(state: .down, detail: "all brokers down"))))
        state.reduce(.received(.decodeFailures(count: 1, lastReason: "missing field 'id'")))
        state.reduce(.received(.notice("rdkafka: 3 brokers")))
        let line = render(state, Self.large).line(58)
        for part in ["broker down", "all brokers down", "total 7", "decode errors 1", "(missing field 'id')",
                     "embedded 127.0.0.1:39021", "op alice", "rdkafka: 3 brokers"] {
            #expect(line.contains(part), "\(part)")
        }
        #expect(!line.contains("READ-ONLY"))
    }

    @Test func aWideScreenUsesFiveDecimalsAndFillsItsRows() {
        var fleet = Fixture.fleet(count: 100)
        fleet.append(Fixture.status("drone-1", .flying, location: GeoPoint(latitude: 31.2304, longitude: 121.4737),
                                    at: Fixture.start.adding(milliseconds: 1)))
        let grid = render(Fixture.state(fleet, size: Self.large), Self.large)
        #expect(grid.line(2).contains("31.23040, 121.47370"))
        #expect(grid.line(2).hasPrefix("drone-1 "))
        #expect(grid.line(53).hasPrefix("drone-52 "))
        #expect(grid.line(54).hasPrefix("ALERTS"))
        #expect(grid.column(of: "LAST SEEN", inRow: 1) == 190)
    }

    @Test(arguments: [small, large])
    func cjkTextKeepsTheFollowingColumnsAligned(_ size: TerminalSize) {
        let grid = render(Fixture.state(events, size: size), size)
        let lastSeen = grid.column(of: "LAST SEEN", inRow: 1)!
        let cjkRow = grid.row(containing: "drone-10")!
        let asciiRow = grid.row(containing: "drone-3")!
        #expect(grid.column(of: "2s", inRow: cjkRow) == lastSeen)
        #expect(grid.column(of: "2s", inRow: asciiRow) == lastSeen)
        #expect(grid.column(of: "巡检", inRow: cjkRow) == grid.column(of: "TASK", inRow: 1))
    }

    @Test func textWiderThanItsColumnIsCutWithAnEllipsis() {
        let state = Fixture.state(events + [Fixture.status("drone-with-a-long-name", .idle)])
        let grid = render(state, Self.small)
        #expect(grid.line(grid.row(containing: "drone-10")!).contains(" 巡检… "))
        let longRow = grid.row(containing: "drone-wit…")!
        #expect(grid.column(of: "idle", inRow: longRow) == 11)
    }

    @Test func wireTextCannotPutControlsOnTheScreen() {
        let hostile = "\u{1b}]0;x\u{07}\u{1b}[2J"
        let state = Fixture.state([
            Fixture.status("evil" + hostile, .flying),
            Fixture.taskProgress("task-1", drone: "evil" + hostile, step: "step" + hostile + " 2"),
            Fixture.alert("a1", level: .critical, message: "bad" + hostile, drone: "evil" + hostile),
        ])
        let grid = render(state, Self.large)
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value))
            }
        }
        #expect(grid.hasNoControlCharacters)
        let row = (2..<grid.rows).first { grid.line($0).hasPrefix("evil ") }!
        #expect(grid.line(row).contains("step 2"))
        #expect(grid.line(0).contains("CRITICAL 1: evil bad"))
    }

    @Test func silentDronesAreMarkedStale() {
        let later = Fixture.start.adding(milliseconds: 30_000)
        let fresh = ["drone-2", "drone-3", "drone-10"].map { Fixture.telemetry($0, battery: 50, at: later) }
        var state = Fixture.state(events + fresh)
        state.reduce(.tick(later.adding(milliseconds: 1_000)))
        var wideState = Fixture.state(events + fresh, size: Self.large)
        wideState.reduce(.tick(later.adding(milliseconds: 1_000)))
        let grid = render(state, Self.small, at: later.adding(milliseconds: 1_000))
        let wide = render(wideState, Self.large, at: later.adding(milliseconds: 1_000))
        #expect(wide.line(0).contains("stale 1"))
        let lastSeen = grid.column(of: "LAST SEEN", inRow: 1)!
        #expect(grid.column(of: "31s stale", inRow: 2) == lastSeen)
        #expect(grid[2, lastSeen].style.foreground == Theme.default.style(.stale).foreground)
        #expect(grid.column(of: "1s ", inRow: 3) == lastSeen)
    }

    @Test func theAlertStripShowsTheNewestOpenAlertsWithTheirRepeats() {
        var alerts = (1...5).map { index in
            Fixture.alert("a\(index)", level: index == 5 ? .critical : .warning, message: "alert \(index)",
                          drone: "drone-\(index)", at: Fixture.later(Int64(index) * 1000))
        }
        alerts[4].payload = .alert(AlertUpdate(alertID: "a5", alertType: "battery", level: .critical,
                                               message: "无人机电量低于20%", droneID: "drone-2"))
        let repeated = Fixture.alert("a6", level: .warning, message: "alert 3 again", drone: "drone-3", at: Fixture.later(6_000))
        let acknowledged = Fixture.acknowledged("a4", drone: "drone-4", at: Fixture.later(9_000))
        let grid = render(Fixture.state(events + alerts + [repeated, acknowledged]), Self.small)
        #expect(grid.line(0).contains("▲ CRITICAL 1: drone-2 无人机电…"))
        #expect(grid.line(18).hasPrefix("ALERTS"))
        #expect(grid.line(19).hasPrefix("WARNING  alert 3 again ×2"))
        #expect(grid.line(19).hasSuffix("drone-3"))
        #expect(grid.line(20).hasPrefix("CRITICAL 无人机电量低于20%"))
        #expect(grid[20, 0].style == Theme.default.style(.alertCritical))
        #expect(grid.line(21).hasPrefix("WARNING  alert 2"))
    }

    @Test func helpListsEveryBindingAndCommand() {
        var state = Fixture.state(events)
        state.reduce(.command(.toggleHelp))
        var text = ""
        for _ in 0..<HelpPane.lines.count {
            text += render(state, Self.small).text
            state.tap(.down)
        }
        for binding in KeyMap.bindings {
            #expect(text.contains(binding.meaning), "\(binding.meaning)")
            #expect(text.contains(binding.keys.map(\.label).joined(separator: " ")))
        }
        for usage in CommandLineParser.usage {
            #expect(text.contains(":" + usage.syntax))
        }
        for (keys, meaning) in KeyMap.dialogKeys {
            #expect(text.contains(keys) && text.contains(meaning))
        }
    }

    @Test func helpScrollsNoFurtherThanItsLastPage() {
        var state = Fixture.state(events)
        state.tap(.character("?"), .end)
        let last = render(state, Self.small).text
        state.tap(.pageDown, .down)
        #expect(render(state, Self.small).text == last)
        #expect(last.contains("of \(HelpPane.lines.count)"))
        #expect(last.contains(":q"))
    }

    @Test func anEmptyFleetSaysItIsWaiting() {
        let grid = render(Fixture.state([]), Self.small)
        #expect(grid.line(2).hasPrefix("waiting for drone events…"))
        #expect(grid.line(19).hasPrefix("no open alerts"))
    }

    @Test func aTinyTerminalGetsAMessage() {
        let size = TerminalSize(rows: 10, columns: 39)
        let text = (0..<10).map { render(Fixture.state(events), size).line($0) }.joined()
        #expect(text.contains("terminal too small"))
        #expect(!render(Fixture.state(events), TerminalSize(rows: 10, columns: 40)).line(0).contains("too small"))
    }

    @Test func theMonochromeThemeUsesNoColour() {
        var state = Fixture.state(events)
        state.theme = .monochrome
        state.reduce(.command(.toggleHelp))
        let grid = render(state, Self.small)
        #expect(grid.cells.allSatisfy { $0.style.foreground == .terminalDefault && $0.style.background == .terminalDefault })
        #expect(grid[2, 0].style.attributes.contains(.reverse))
        #expect(grid.row(containing: "Keys") != nil)
    }
}
