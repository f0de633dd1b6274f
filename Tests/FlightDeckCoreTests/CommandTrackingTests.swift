import FlightDeckCore
import Testing

@Suite("Tracking operator commands and the drone side's answers")
struct CommandTrackingTests {
    static let start = Fixtures.start
    static let command = DroneCommand(commandID: "alice-1-1", droneID: "drone-1", command: .goTo,
                                      target: GeoPoint(latitude: 22.5, longitude: 114, altitude: 50), operatorName: "alice")

    static func issued(_ id: String, _ command: DroneCommand = command, at second: Int64 = 0) -> Event {
        Event(id: id, type: .commandIssued, source: "console", timestamp: start.adding(milliseconds: second * 1000),
              payload: .command(command))
    }

    static func answer(_ id: String, _ type: EventType, commandID: String = command.commandID, message: String? = nil,
                       at second: Int64) -> Event {
        Event(id: id, type: type, source: "drone", timestamp: start.adding(milliseconds: second * 1000),
              payload: .commandResult(CommandResult(commandID: commandID, droneID: "drone-1", command: .goTo, message: message)))
    }

    @Test("an issued command carries what was asked, by whom and when")
    func issued() {
        var fleet = FleetState()
        fleet.apply(Self.issued("e1"))
        let state = fleet.commands["alice-1-1"]
        #expect(state?.phase == .issued)
        #expect(state?.droneID == "drone-1" && state?.command == .goTo && state?.operatorName == "alice")
        #expect(state?.target == GeoPoint(latitude: 22.5, longitude: 114, altitude: 50))
        #expect(state?.issuedAt == Self.start)
    }

    @Test("phases move forward: accepted, then completed; a late accepted changes nothing")
    func forward() {
        var fleet = FleetState()
        fleet.apply(Self.issued("e1"))
        fleet.apply(Self.answer("e2", .commandAccepted, at: 1))
        #expect(fleet.commands["alice-1-1"]?.phase == .accepted)
        fleet.apply(Self.answer("e3", .commandCompleted, message: "arrived", at: 5))
        fleet.apply(Self.answer("e4", .commandAccepted, at: 6))
        fleet.apply(Self.answer("e5", .commandFailed, message: "late", at: 7))
        #expect(fleet.commands["alice-1-1"]?.phase == .completed)
        #expect(fleet.commands["alice-1-1"]?.message == "arrived")
        #expect(fleet.commands["alice-1-1"]?.updatedAt == Self.start.adding(milliseconds: 5_000))
    }

    @Test("a rejection keeps the drone side's reason, and an issued read afterwards does not reopen it")
    func rejected() {
        var fleet = FleetState()
        fleet.apply(Self.answer("e1", .commandRejected, message: "battery 5%", at: 1))
        #expect(fleet.commands["alice-1-1"]?.phase == .rejected)
        #expect(fleet.commands["alice-1-1"]?.issuedAt == nil)
        #expect(fleet.commands["alice-1-1"]?.droneID == "drone-1")
        fleet.apply(Self.issued("e2"))
        #expect(fleet.commands["alice-1-1"]?.phase == .rejected)
        #expect(fleet.commands["alice-1-1"]?.message == "battery 5%")
        #expect(fleet.commands["alice-1-1"]?.operatorName == "alice")
    }

    @Test("answers to the same command delivered twice are applied once")
    func duplicates() {
        var fleet = FleetState()
        fleet.apply(Self.issued("e1"))
        fleet.apply(Self.answer("e2", .commandFailed, message: "geofence", at: 1))
        #expect(fleet.apply(Self.answer("e2", .commandFailed, message: "geofence", at: 1)) == .duplicate)
        #expect(fleet.commands.count == 1)
    }

    @Test("finished commands are kept up to a cap, oldest forgotten first")
    func finishedAreBounded() {
        var tracker = CommandTracker(capacity: 100, finishedCapacity: 3)
        for index in 0..<5 {
            let command = DroneCommand(commandID: "c\(index)", droneID: "drone-1", command: .hold)
            tracker.issue(command, at: Self.start)
            tracker.record(CommandResult(commandID: "c\(index)"), type: .commandCompleted, at: Self.start.adding(milliseconds: Int64(index)))
        }
        tracker.issue(DroneCommand(commandID: "open", droneID: "drone-1", command: .hold), at: Self.start)
        #expect(Set(tracker.commands.keys) == ["c2", "c3", "c4", "open"])
    }

    @Test("commands never answered are bounded too, the stalest forgotten first")
    func unansweredAreBounded() {
        var tracker = CommandTracker(capacity: 3, finishedCapacity: 3)
        for index in 0..<5 {
            tracker.issue(DroneCommand(commandID: "c\(index)", droneID: "drone-1", command: .hold),
                          at: Self.start.adding(milliseconds: Int64(index)))
        }
        #expect(Set(tracker.commands.keys) == ["c2", "c3", "c4"])
    }

    @Test("answer types map to phases; other types do not")
    func phases() {
        #expect(CommandPhase(answer: .commandAccepted) == .accepted)
        #expect(CommandPhase(answer: .commandRejected) == .rejected)
        #expect(CommandPhase(answer: .commandCompleted) == .completed)
        #expect(CommandPhase(answer: .commandFailed) == .failed)
        #expect(CommandPhase(answer: .commandIssued) == nil)
        #expect(CommandPhase(answer: "command.retried") == nil)
        #expect(CommandPhase.failed.isFinished && !CommandPhase.accepted.isFinished)
    }
}
