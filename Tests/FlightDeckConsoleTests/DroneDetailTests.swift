import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct DroneDetailTests {
    static let small = TerminalSize(rows: 24, columns: 80)
    static let large = TerminalSize(rows: 60, columns: 200)
    static let hostile = "\u{1b}]0;x\u{07}\u{1b}[2J"

    var events: [Event] {
        [
            Fixture.status("drone-7", .flying, battery: 18, location: GeoPoint(latitude: 22.5431, longitude: 114.0579, altitude: 120),
                           at: Fixture.later(100)),
            Fixture.task("task-9", drone: "drone-7", name: "巡检任务-0042", progress: 45, step: "巡检点位3",
                         eta: Fixture.later(300_000), at: Fixture.later(200)),
            Fixture.alert("a1", level: .critical, message: "无人机电量低于20%", drone: "drone-7", at: Fixture.later(300)),
            Fixture.telemetry("drone-7", battery: 17, speed: 12.5, at: Fixture.later(400)),
            Fixture.status("drone-8", .idle),
        ]
    }

    func detail(size: TerminalSize = small, extra: [Event] = []) -> ConsoleState {
        var state = Fixture.state(events + extra, size: size)
        state.reduce(.tick(Fixture.later(1_000)))
        state.tap(.character(":"))
        state.type("drone drone-7")
        state.tap(.enter)
        return state
    }

    func render(_ state: ConsoleState, _ size: TerminalSize = small) -> Grid {
        ConsoleView.render(state, size: size, now: state.now)
    }

    @Test func showsTheDronesStateTaskAlertsAndEventsNewestFirst() {
        let grid = render(detail())
        #expect(grid.line(1).hasPrefix("DRONE drone-7  flying  last seen 0s ago"))
        #expect(grid.line(2).contains("battery █      17%") && grid.line(2).contains("position 22.54310, 114.05790 120 m"))
        #expect(grid.text.contains("speed 12.5 m/s"))
        #expect(grid.line(4).hasPrefix("task 巡检任务-0042  ███▋     45%  巡检点位3  ETA in 4m"))
        #expect(grid.line(5).hasPrefix("ALERTS 1 unresolved"))
        #expect(grid.line(6).hasPrefix("CRITICAL open          无人机电量低于20%"))
        #expect(grid.line(7).hasPrefix("COMMANDS none"))
        #expect(grid.line(8).hasPrefix("EVENTS newest first"))
        #expect(grid.line(9).hasPrefix("10:30:00.400 drone.telemetry       battery 17%  12.5 m/s"))
        #expect(grid.line(10).hasPrefix("10:30:00.300 alert.created         critical test 无人机电量低于20%"))
        #expect(grid.line(11).hasPrefix("10:30:00.200 task.progress         task-9 45% 巡检点位3"))
        #expect(grid.line(12).hasPrefix("10:30:00.100 drone.status.changed  ? → flying  battery 18%"))
        #expect(grid[9, 0].style.background == Theme.default.style(.selected).background)
    }

    @Test func theTrackSummarySaysHowFarTheDroneFlewFromItsOwnPositionsOnly() {
        var state = detail(size: Self.large)
        #expect(!render(state, Self.large).text.contains("track "), "one fix is not a track yet")
        let north = GeoPoint(latitude: 22.5521, longitude: 114.0579, altitude: 120)
        state.receive(Fixture.status("drone-8", .flying, location: GeoPoint(latitude: 23.5, longitude: 115, altitude: 50),
                                     at: Fixture.later(30_000)))
        state.receive(Fixture.status("drone-7", .flying, location: north, at: Fixture.later(60_100)))
        let text = render(state, Self.large).text
        #expect(text.contains("track 1.00 km in 1m, avg 16.7 m/s, 2 fixes"), "\(text)")
    }

    @Test func newEventsStreamInAndTheSelectionStaysOnItsEvent() {
        var state = detail()
        state.tap(.down)
        let selected = render(state).line(10)
        state.receive(Fixture.telemetry("drone-7", battery: 16, at: Fixture.later(900)))
        let grid = render(state)
        #expect(grid.line(9).contains("battery 16%"))
        #expect(grid.line(11) == selected)
        #expect(grid[11, 0].style.background == Theme.default.style(.selected).background)
    }

    @Test func pShowsThePrettyPrintedJsonOfTheSelectedEvent() {
        var state = detail(size: Self.large)
        state.tap(.down, .character("p"))
        let grid = render(state, Self.large)
        let json = grid.column(of: "{", inRow: grid.row(containing: "{")!)!
        #expect(json > 100)
        let text = grid.text
        for line in ["\"type\": \"alert.created\",", "\"data\": {", "\"alert_id\": \"a1\",", "\"message\": \"无人机电量低于20%\","] {
            #expect(text.contains(line), "\(line)")
        }
        state.tap(.character("p"))
        #expect(!render(state, Self.large).text.contains("\"alert_id\""))
    }

    @Test func jsonAtEightyColumnsMakesRoomBelowTheEvents() {
        var state = detail()
        state.tap(.character("p"))
        let grid = render(state)
        #expect(grid.row(containing: "\"drone_id\": \"drone-7\"") != nil)
        #expect(grid.row(containing: "ALERTS 1 unresolved") != nil)
        #expect(grid.row(containing: "CRITICAL open") == nil)
        #expect(grid.isWellFormed)
    }

    @Test func theRawMessageIsShownWithUnknownFieldsAndNoControlCharacters() {
        let raw = #"{"id":"r1","type":"drone.telemetry","source":"x","timestamp":"2025-08-03T10:30:00.500Z","data":{"drone_id":"drone-7","battery":15,"firmware":"v2\u001b]0;x\u0007"}}"#
        var event = try! EventDecoder().decode(raw)
        event.raw = Array(raw.utf8)
        var state = detail(size: Self.large, extra: [event])
        state.tap(.character("p"))
        let grid = render(state, Self.large)
        #expect(grid.text.contains(#""firmware": "v2\u001b]0;x\u0007""#))
        #expect(grid.hasNoControlCharacters)
    }

    @Test func commandsForTheDroneShowTheirProgress() {
        var state = detail(size: Self.large)
        state.tap(.character("h"))
        let sent = state.outbox.sent[0].command
        let other = DroneCommand(commandID: "bob-1", droneID: "drone-7", command: .goTo,
                                 target: GeoPoint(latitude: 22.6, longitude: 114.1, altitude: 50), operatorName: "bob")
        state.receive(Fixture.issued(other, at: Fixture.later(500)),
                      Fixture.answer(.commandRejected, to: other, message: "outside geofence", at: Fixture.later(600)))
        state.reduce(.received(.delivery(.delivered(.command(id: sent.commandID)))))
        state.receive(Fixture.answer(.commandAccepted, to: sent, at: Fixture.later(1_100)))
        let grid = render(state, Self.large)
        let commands = grid.row(containing: "COMMANDS 2")!
        #expect(grid.line(commands + 1).hasPrefix("10:30:01.000 hold           accepted  by alice  alice-1754217001000-1"))
        #expect(grid.line(commands + 2).hasPrefix("10:30:00.500 go to          rejected: outside geofence  by bob  bob-1"))
        let phase = grid.column(of: "accepted", inRow: commands + 1)!
        #expect(grid[commands + 1, phase].style == Theme.default.style(.statusWarn))
    }

    @Test func droneCommandsInTheDetailViewGoToThatDrone() {
        var state = detail()
        state.tap(.character("l"))
        #expect(render(state).text.contains("Land drone-7?"))
        state.tap(.character("y"))
        #expect(state.takeEffects().map(\.subject) == [.command(id: "alice-1754217001000-1")])
        #expect(state.outbox.sent.map(\.command.droneID) == ["drone-7"])
    }

    @Test func wireTextInTheDetailViewCannotControlTheTerminal() {
        let hostile = Self.hostile
        let events = [
            Fixture.status("evil" + hostile, .flying),
            Fixture.task("task-1", drone: "evil" + hostile, progress: 10, step: "step" + hostile + " 2"),
            Fixture.alert("a1", level: .critical, message: "bad" + hostile, drone: "evil" + hostile),
        ]
        var state = Fixture.state(events)
        state.tap(.enter)
        #expect(state.detailDroneID == "evil" + hostile)
        for size in [Self.small, Self.large] {
            let grid = ConsoleView.render(state, size: size, now: Fixture.start)
            #expect(grid.hasNoControlCharacters)
            #expect(grid.text.contains("step 2"))
            #expect(grid.isWellFormed)
        }
    }
}
