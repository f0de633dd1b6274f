import Testing
@testable import FlightDeckConsole
import FlightDeckCore

@Suite struct CommandFlowTests {
    static let small = TerminalSize(rows: 24, columns: 80)

    /// drone-1 flying, drone-2 on the ground, drone-3 hovering.
    var events: [Event] {
        [
            Fixture.status("drone-1", .flying, battery: 64, location: GeoPoint(latitude: 22.5, longitude: 114.1, altitude: 80)),
            Fixture.status("drone-2", .idle, battery: 95),
            Fixture.status("drone-3", .hovering, battery: 40),
        ]
    }

    func console(readOnly: Bool = false) -> ConsoleState {
        var state = Fixture.state(events, configuration: Fixture.configuration(readOnly: readOnly))
        state.reduce(.tick(Fixture.later(1_000)))
        return state
    }

    func issued(_ effects: [ConsoleEffect]) -> [DroneCommand] {
        effects.compactMap { effect in
            if case .issueCommand(let command) = effect { return command }
            return nil
        }
    }

    @Test func holdGoesOutAtOnceWithADeterministicId() {
        var state = console()
        state.tap(.down, .down, .character("h"))
        let commands = issued(state.takeEffects())
        #expect(commands == [DroneCommand(commandID: "alice-1754217001000-1", droneID: "drone-3", command: .hold,
                                          operatorName: "alice")])
        state.tap(.character("u"))
        #expect(issued(state.takeEffects()).map(\.commandID) == ["alice-1754217001000-2"])
    }

    @Test func landingAsksFirstNamingTheDroneAndSendsOnlyOnYes() {
        var state = console()
        state.tap(.character("l"))
        #expect(state.recordedEffects.isEmpty)
        let dialog = ConsoleView.render(state, size: Self.small, now: state.now).text
        #expect(dialog.contains("Land drone-1?"))
        #expect(dialog.contains("Status: flying, altitude 80 m, battery 64%"))
        #expect(dialog.contains("y  yes, send it"))
        state.tap(.character("x"), .enter)
        #expect(state.recordedEffects.isEmpty)
        state.tap(.character("y"))
        #expect(issued(state.takeEffects()).map(\.command) == [.land])
        #expect(state.overlay == nil)
    }

    @Test func noOrEscapeCancelsAndSendsNothing() {
        var state = console()
        state.tap(.character("l"), .character("n"))
        #expect(state.keyBarText.contains("cancelled: nothing was sent"))
        state.tap(.character("r"), .escape)
        #expect(state.takeEffects().isEmpty)
        #expect(state.outbox.sent.isEmpty)
    }

    @Test func returnToBaseAsksOnlyWhenTheDroneIsAirborne() {
        var state = console()
        state.tap(.character("r"))
        #expect(ConsoleView.render(state, size: Self.small, now: state.now).text.contains("Return to base drone-1?"))
        state.tap(.character("y"), .down, .character("r"))
        #expect(state.overlay == nil)
        #expect(issued(state.takeEffects()).map(\.droneID) == ["drone-1", "drone-2"])
    }

    @Test func aCommandsLifeIsShownFromPendingToCompleted() {
        var state = console()
        state.tap(.down, .down, .character("h"))
        let command = issued(state.takeEffects())[0]
        func lastCommand() -> String {
            ConsoleView.render(state, size: Self.small, now: state.now).line(22)
        }
        #expect(lastCommand().contains("last cmd hold → drone-3: pending 10s left"))
        state.reduce(.received(.delivery(.delivered(.command(id: command.commandID)))))
        #expect(lastCommand().contains("hold → drone-3: delivered"))
        state.receive(Fixture.issued(command, at: Fixture.later(1_010)))
        #expect(lastCommand().contains("hold → drone-3: delivered"))
        state.receive(Fixture.answer(.commandAccepted, to: command, at: Fixture.later(1_100)))
        #expect(lastCommand().contains("hold → drone-3: accepted"))
        state.receive(Fixture.answer(.commandCompleted, to: command, at: Fixture.later(3_000)))
        #expect(lastCommand().contains("hold → drone-3: completed"))
        state.receive(Fixture.answer(.commandAccepted, to: command, at: Fixture.later(3_100)))
        #expect(lastCommand().contains("hold → drone-3: completed"))
    }

    @Test func aCommandThatCannotBeDeliveredSaysWhy() {
        var state = console()
        state.tap(.character("h"))
        let command = issued(state.takeEffects())[0]
        let outcome = DeliveryOutcome.failed(command.subjectForTest, reason: "Local: Message timed out")
        #expect(!outcome.succeeded && DeliveryOutcome.delivered(command.subjectForTest).succeeded)
        state.reduce(.received(.delivery(outcome)))
        #expect(state.keyBarText.contains("hold → drone-1 not delivered: Local: Message timed out"))
        let status = ConsoleView.render(state, size: TerminalSize(rows: 24, columns: 120), now: state.now).line(22)
        #expect(status.contains("hold → drone-1: undeliverable: Local: Message timed out"))
    }

    @Test func aCommandWithoutADeliveryReportShowsAsSuchAfterTheTimeout() {
        var state = console()
        state.tap(.character("h"))
        state.reduce(.tick(Fixture.later(10_900)))
        #expect(ConsoleView.render(state, size: Self.small, now: state.now).line(22).contains("hold → drone-1: pending 1s left"))
        state.reduce(.tick(Fixture.later(11_001)))
        #expect(ConsoleView.render(state, size: Self.small, now: state.now).line(22).contains("hold → drone-1: pending 0s left"))
        state.reduce(.tick(Fixture.later(13_001)))
        #expect(ConsoleView.render(state, size: Self.small, now: state.now).line(22).contains("no delivery report"))
    }

    @Test func aRejectionShowsTheDronesReason() {
        var state = console()
        state.tap(.down, .character("t"))
        let command = issued(state.takeEffects())[0]
        state.receive(Fixture.answer(.commandRejected, to: command, message: "电量不足", at: Fixture.later(1_200)))
        let status = ConsoleView.render(state, size: TerminalSize(rows: 24, columns: 120), now: state.now).line(22)
        #expect(status.contains("take off → drone-2: rejected: 电量不足"))
    }

    @Test func aReadOnlyConsoleRefusesEveryCommandAndSaysSo() {
        var state = console(readOnly: true)
        let attempts: [[Key]] = [
            [.character("r")], [.character("l")], [.character("h")], [.character("u")], [.character("t")], [.character("g")],
            [.character(":")] + "rtb".map(Key.character) + [.enter],
            [.character(":")] + "goto 22 114 50".map(Key.character) + [.enter],
            [.enter, .character("l")],
        ]
        for keys in attempts {
            for key in keys { state.tap(key) }
            let effects = state.takeEffects()
            #expect(effects.count == 1 && effects.allSatisfy { $0.subject == nil }, "only the refusal, for the audit trail")
            #expect(state.overlay == nil)
            #expect(state.keyBarText.hasPrefix(" read-only: commands are disabled"))
        }
        #expect(state.outbox.sent.isEmpty)
    }

    @Test func theCommandLineSendsToTheSelectedOrANamedDrone() {
        var state = console()
        state.tap(.character(":"))
        state.type("hold")
        state.tap(.enter, .character(":"))
        state.type("resume drone-3")
        state.tap(.enter, .character(":"))
        state.type("goto 22.6 114.2 120 drone-3")
        state.tap(.enter)
        let commands = issued(state.takeEffects())
        #expect(commands.map(\.droneID) == ["drone-1", "drone-3", "drone-3"])
        #expect(commands.map(\.command) == [.hold, .resume, .goTo])
        #expect(commands[2].target == GeoPoint(latitude: 22.6, longitude: 114.2, altitude: 120))
    }

    @Test func theCommandLineExplainsWhatIsWrong() {
        var state = console()
        let cases: [(String, String)] = [
            ("fly", "unknown command ':fly'"),
            ("goto 1 2", "usage: :goto LAT LON ALT [DRONE]"),
            ("goto 91 2 3", "latitude must be a number from -90 to 90, not '91'"),
            ("land nobody", "land: unknown drone 'nobody'"),
            ("ack", "ack: select an alert in the alert feed (3)"),
            ("ack a-404", "ack: no alert 'a-404'"),
            ("drone 99", "drone: unknown drone '99'"),
        ]
        for (line, expected) in cases {
            state.tap(.character(":"))
            state.type(line)
            state.tap(.enter)
            #expect(state.keyBarText.contains(expected), "\(line)")
        }
        #expect(state.recordedEffects.isEmpty)
    }

    @Test func theCommandLineOpensDronesAndHelp() {
        var state = Fixture.state([Fixture.status("drone-007", .flying)])
        state.tap(.character(":"))
        state.type("drone 7")
        state.tap(.enter)
        #expect(state.detailDroneID == "drone-007")
        state.tap(.character(":"))
        state.type("help")
        state.tap(.enter)
        #expect(state.isHelpVisible)
    }

    @Test func typingOnTheCommandLineIsShownAndBackspaceOnEmptyClosesIt() {
        var state = console()
        state.tap(.character(":"))
        state.type("goto 巡")
        #expect(state.keyBarText.hasPrefix(":goto 巡█"))
        state.tap(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(state.lineInput != nil)
        state.tap(.backspace)
        #expect(state.lineInput == nil)
        #expect(state.recordedEffects.isEmpty)
    }
}

extension DroneCommand {
    /// What the delivery report for this command names.
    var subjectForTest: DeliveryOutcome.Subject {
        ConsoleEffect.issueCommand(self).subject!
    }
}
