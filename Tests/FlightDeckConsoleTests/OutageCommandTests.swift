import Testing
@testable import FlightDeckConsole
import FlightDeckCore

/// Commands and acknowledgements while the brokers are away: pending with the time librdkafka has left, failed
/// with its reason, and sent again only when the operator asks, as a new command.
@Suite struct OutageCommandTests {
    static let small = TerminalSize(rows: 24, columns: 80)
    static let wide = TerminalSize(rows: 24, columns: 120)
    static let timedOut = "Local: Message timed out"

    func console(readOnly: Bool = false) -> ConsoleState {
        var state = Fixture.state([
            Fixture.status("drone-1", .flying, battery: 64, location: GeoPoint(latitude: 22.5, longitude: 114.1, altitude: 80)),
            Fixture.status("drone-2", .hovering, battery: 40),
        ], configuration: Fixture.configuration(readOnly: readOnly))
        state.reduce(.tick(Fixture.later(1_000)))
        return state
    }

    func statusLine(_ state: ConsoleState, at now: Timestamp? = nil) -> String {
        ConsoleView.render(state, size: Self.wide, now: now ?? state.now).line(22)
    }

    /// The key bar, where messages show, on a screen wide enough for the whole message.
    func keyBar(_ state: ConsoleState) -> String {
        ConsoleView.render(state, size: Self.wide, now: state.now).line(23)
    }

    func issued(_ effects: [ConsoleEffect]) -> [DroneCommand] {
        effects.compactMap { effect in
            if case .issueCommand(let command) = effect { return command }
            return nil
        }
    }

    /// drone-2 told to hold, and Kafka's report that the hold timed out.
    func failedHold() -> (ConsoleState, DroneCommand) {
        var state = console()
        state.tap(.down, .character("h"))
        let command = issued(state.takeEffects())[0]
        state.reduce(.received(.delivery(.failed(command.subjectForTest, reason: Self.timedOut))))
        return (state, command)
    }

    @Test func pendingShowsTheSecondsLibrdkafkaHasLeftOnTheStatusLineAndInTheDroneView() {
        var state = console()
        state.tap(.down, .character("h"))
        #expect(statusLine(state).contains("hold → drone-2: pending 10s left"))
        state.reduce(.tick(Fixture.later(3_500)))
        #expect(statusLine(state).contains("hold → drone-2: pending 8s left"))
        state.tap(.enter)
        state.reduce(.tick(Fixture.later(7_200)))
        let detail = ConsoleView.render(state, size: Self.wide, now: state.now).text
        #expect(detail.contains("hold           pending 4s left"), "\(detail)")
        #expect(statusLine(state).contains("hold → drone-2: pending 4s left"))
    }

    @Test func aTimedOutCommandShowsFailedWithLibrdkafkasReasonInEveryView() {
        var (state, _) = failedHold()
        #expect(statusLine(state).contains("hold → drone-2: undeliverable: \(Self.timedOut)"))
        #expect(keyBar(state).contains("not delivered: \(Self.timedOut) — R sends it again"))
        state.tap(.enter)
        #expect(ConsoleView.render(state, size: Self.wide, now: state.now).text.contains("undeliverable: \(Self.timedOut)"))
    }

    @Test func rAsksThenSendsTheFailedCommandAgainAsANewCommandAndTheOldOneStaysFailed() throws {
        var (state, old) = failedHold()
        state.tap(.character("R"))
        #expect(state.recordedEffects.isEmpty, "nothing goes out before the operator says yes")
        let dialog = ConsoleView.render(state, size: Self.wide, now: state.now).text
        #expect(dialog.contains("Send hold to drone-2 again?"))
        #expect(dialog.contains("\(old.commandID) was not delivered: \(Self.timedOut)"))
        state.tap(.character("y"))
        let again = try #require(issued(state.takeEffects()).first)
        #expect(again.commandID != old.commandID)
        #expect(again.droneID == old.droneID && again.command == old.command && again.target == old.target)
        #expect(state.outbox.command(id: old.commandID)?.retriedAs == again.commandID)
        #expect(state.outbox.command(id: old.commandID)?.delivery == .undeliverable(reason: Self.timedOut))
        #expect(statusLine(state).contains("hold → drone-2: pending 10s left"))

        state.tap(.character("R"))
        #expect(state.overlay == nil && state.recordedEffects.isEmpty)
        #expect(keyBar(state).contains("no delivery report yet"), "the new one may still be delivered")
        state.tap(.character(":"))
        state.type("retry \(old.commandID)")
        state.tap(.enter)
        #expect(state.overlay == nil && state.recordedEffects.isEmpty)
        #expect(keyBar(state).contains("already sent again as \(again.commandID)"))

        state.reduce(.received(.delivery(.delivered(again.subjectForTest))))
        state.tap(.character("R"))
        #expect(state.recordedEffects.isEmpty)
        #expect(keyBar(state).contains("was delivered"))
    }

    @Test func answeringNoToARetrySendsNothingAndKeepsItRetryable() {
        var (state, old) = failedHold()
        state.tap(.character("R"), .character("n"))
        #expect(state.takeEffects().isEmpty)
        #expect(state.outbox.command(id: old.commandID)?.isRetryable == true)
    }

    @Test func theCommandLineRetriesByIdFromAnyView() {
        var (state, old) = failedHold()
        state.tap(.character("4"), .character(":"))
        state.type("retry \(old.commandID)")
        state.tap(.enter)
        #expect(ConsoleView.render(state, size: Self.wide, now: state.now).text.contains("Send hold to drone-2 again?"))
        state.tap(.character("y"))
        #expect(issued(state.takeEffects()).map(\.droneID) == ["drone-2"])

        state.tap(.character(":"))
        state.type("retry nobody-1")
        state.tap(.enter)
        #expect(keyBar(state).contains("retry: this console sent no command 'nobody-1'"))
    }

    @Test func aReadOnlyConsoleRefusesARetry() {
        var state = console(readOnly: true)
        state.tap(.character("R"))
        let effects = state.takeEffects()
        #expect(effects.count == 1 && effects.allSatisfy { $0.subject == nil })
        #expect(state.keyBarText.hasPrefix(" read-only: commands are disabled"))
    }

    @Test func rInTheAlertFeedSendsOnlyFailedAcknowledgementsAgain() {
        var state = Fixture.state([
            Fixture.status("drone-2", .flying),
            Fixture.alert("a1", level: .critical, message: "低电量", drone: "drone-2", at: Fixture.later(1_000)),
        ])
        state.tap(.character("3"), .character("R"))
        #expect(state.takeEffects().isEmpty)
        #expect(keyBar(state).contains("no failed acknowledgement on this row"))
        state.tap(.character("a"))
        #expect(state.takeEffects().count == 1)
        #expect(ConsoleView.render(state, size: Self.small, now: Fixture.later(3_000)).line(2).hasPrefix("CRITICAL ack 7s left"))
        state.tap(.character("R"))
        #expect(state.takeEffects().isEmpty, "an ack still waiting for its report is not sent twice")
        state.reduce(.received(.delivery(.failed(.acknowledgement(alertID: "a1"), reason: Self.timedOut))))
        #expect(keyBar(state).contains("acknowledgement of a1 not delivered: \(Self.timedOut) — a or R sends it again"))
        state.tap(.character("R"))
        #expect(state.takeEffects() == [.acknowledge(alertID: "a1", droneID: "drone-2", operatorName: "alice")])
    }

    @Test func theHelpOverlayNamesTheRetryKeyAndCommand() {
        let lines = HelpPane.lines
        #expect(lines.contains { $0.keys == "R" && $0.meaning.contains("undelivered last command") })
        #expect(lines.contains { $0.keys == "R" && $0.meaning.contains("failed acknowledgements") })
        #expect(lines.contains { $0.keys == ":retry [COMMAND]" })
    }
}
