import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct GoToFormTests {
    static let small = TerminalSize(rows: 24, columns: 80)

    func formOpen() -> ConsoleState {
        var state = Fixture.state([Fixture.status("drone-1", .flying, location: GeoPoint(latitude: 22.5431, longitude: 114.0579, altitude: 80))])
        state.tap(.character("g"))
        return state
    }

    func render(_ state: ConsoleState) -> String {
        ConsoleView.render(state, size: Self.small, now: Fixture.start).text
    }

    /// Replaces the focused field's text.
    func retype(_ text: String, in state: inout ConsoleState) {
        for _ in 0..<16 { state.tap(.backspace) }
        state.type(text)
    }

    @Test func startsFromWhereTheDroneIs() {
        let state = formOpen()
        let screen = render(state)
        #expect(screen.contains("Go to — drone-1"))
        #expect(screen.contains("Latitude      22.54310█"))
        #expect(screen.contains("Longitude     114.05790"))
        #expect(screen.contains("Altitude (m)  80"))
        #expect(screen.contains("Tab next field  ·  Enter send  ·  Esc cancel"))
    }

    @Test func validValuesBecomeAGoToCommand() {
        var state = formOpen()
        retype("-33.5", in: &state)
        state.tap(.tab)
        retype("-70.25", in: &state)
        state.tap(.tab)
        retype("500", in: &state)
        state.tap(.enter)
        #expect(state.overlay == nil)
        #expect(state.takeEffects() == [.issueCommand(DroneCommand(
            commandID: "alice-1754217000000-1", droneID: "drone-1", command: .goTo,
            target: GeoPoint(latitude: -33.5, longitude: -70.25, altitude: 500), operatorName: "alice"))])
    }

    @Test(arguments: [
        (GoToField.latitude, "90.5", "latitude must be a number from -90 to 90, not '90.5'"),
        (.latitude, "", "latitude: enter a number from -90 to 90"),
        (.longitude, "-180.01", "longitude must be a number from -180 to 180, not '-180.01'"),
        (.longitude, "1.2.3", "longitude must be a number from -180 to 180, not '1.2.3'"),
        (.altitude, "501", "altitude must be a number from 0 to 500, not '501'"),
        (.altitude, "-1", "altitude must be a number from 0 to 500, not '-1'"),
    ])
    func invalidValuesStayInTheFormWithTheErrorInline(_ field: GoToField, _ text: String, _ error: String) {
        var state = formOpen()
        for _ in 0..<field.rawValue { state.tap(.tab) }
        retype(text, in: &state)
        state.tap(.enter)
        #expect(state.recordedEffects.isEmpty)
        guard case .goTo(let form) = state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.focus == field)
        #expect(render(state).contains(error))
        state.tap(.backspace)
        guard case .goTo(let edited) = state.overlay else { return }
        #expect(edited.errors[field] == nil)
    }

    @Test func onlyNumberCharactersAreTyped() {
        var state = formOpen()
        retype("12a;b\u{1b}3", in: &state)
        guard case .goTo(let form) = state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.text(of: .latitude) == "123")
    }

    @Test func upAndShiftTabGoBackAFieldAndEscapeCancels() {
        var state = formOpen()
        state.tap(.down, .down, .up)
        guard case .goTo(let form) = state.overlay else { return }
        #expect(form.focus == .longitude)
        state.tap(.backTab, .backTab)
        guard case .goTo(let wrapped) = state.overlay else { return }
        #expect(wrapped.focus == .altitude)
        state.tap(.escape)
        #expect(state.overlay == nil)
        #expect(state.takeEffects().isEmpty)
    }

    @Test func keysInTheFormDoNotReachTheFleetTable() {
        var state = formOpen()
        state.tap(.character("q"), .character("l"), .character("2"))
        #expect(!state.isQuitRequested)
        #expect(state.pane == .fleet)
        #expect(state.recordedEffects.isEmpty)
    }

    @Test func theCommandLineParserReadsEveryCommand() throws {
        #expect(try CommandLineParser.parse("  ") == nil)
        #expect(try CommandLineParser.parse("rtb") == .drone(.returnToBase, droneID: nil, target: nil))
        #expect(try CommandLineParser.parse("LAND drone-4") == .drone(.land, droneID: "drone-4", target: nil))
        #expect(try CommandLineParser.parse("takeoff") == .drone(.takeOff, droneID: nil, target: nil))
        #expect(try CommandLineParser.parse("goto 1.5 -2 30") == .drone(.goTo, droneID: nil,
                                                                        target: GeoPoint(latitude: 1.5, longitude: -2, altitude: 30)))
        #expect(try CommandLineParser.parse("ack a-9") == .acknowledge(alertID: "a-9"))
        #expect(try CommandLineParser.parse("q") == .quit)
        #expect(throws: CommandLineError.wrongArguments(usage: "hold [DRONE]")) { try CommandLineParser.parse("hold a b") }
        #expect(throws: CommandLineError.unknownCommand("theme")) { try CommandLineParser.parse("theme light") }
    }
}
