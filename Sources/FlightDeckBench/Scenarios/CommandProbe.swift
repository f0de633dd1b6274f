import FlightDeckCore
import FlightDeckKafka
import Synchronization

/// Issues operator commands as the console does and times their round trip: `command.issued` published to
/// `drone-commands`, its delivery report, the drone side's answer consumed, and that answer folded into state.
///
/// `issue` and `observe` belong to the console's thread; delivery reports arrive on the producer's thread.
final class CommandProbe: Sendable {
    private let producer: Producer
    private let droneIDs: [String]
    private let deliveries = Mutex(LatencyRecorder())
    private let failedDeliveries = Atomic<Int>(0)
    private let ledger = Mutex(Ledger())

    private struct Ledger {
        var issued = 0
        var pending: [String: UInt64] = [:]
        var roundTrips = LatencyRecorder()
        var answers: [String: Int] = [:]
    }

    private static let commands: [CommandName] = [.takeOff, .hold, .returnToBase, .land]

    init(producer: Producer, droneIDs: [String]) {
        self.producer = producer
        self.droneIDs = droneIDs
    }

    /// Publishes the next command, to the next drone in turn.
    func issue() throws {
        let number = ledger.withLock { ledger in
            ledger.issued += 1
            return ledger.issued
        }
        let command = DroneCommand(commandID: "bench-cmd-\(number)", droneID: droneIDs[number % droneIDs.count],
                                   command: Self.commands[number % Self.commands.count], operatorName: "bench")
        let event = Event(id: "bench-command-event-\(number)", type: .commandIssued,
                          source: "flightdeck-console", timestamp: WallClock.now(), payload: .command(command))
        let issuedAt = MonotonicClock.nanoseconds()
        ledger.withLock { $0.pending[command.commandID] = issuedAt }
        try producer.send(event) { [self] result in
            noteDelivery(result, issuedAt: issuedAt)
        }
    }

    /// Runs on the producer's thread.
    private func noteDelivery(_ result: DeliveryResult, issuedAt: UInt64) {
        switch result {
        case .success: deliveries.withLock { $0.record(nanoseconds: MonotonicClock.nanoseconds() - issuedAt) }
        case .failure: failedDeliveries.add(1, ordering: .relaxed)
        }
    }

    /// Looks at events just folded into state: an answer to a pending command ends its round trip.
    func observe(_ events: [Event], appliedAt now: UInt64) {
        for event in events {
            guard case .commandResult(let result) = event.payload, event.type == .commandAccepted || event.type == .commandRejected
            else { continue }
            ledger.withLock { ledger in
                guard let issuedAt = ledger.pending.removeValue(forKey: result.commandID) else { return }
                ledger.roundTrips.record(nanoseconds: now - issuedAt)
                ledger.answers[event.type.rawValue, default: 0] += 1
            }
        }
    }

    var unanswered: Int { ledger.withLock { $0.pending.count } }

    var result: CommandRoundTrip {
        let ledger = ledger.withLock { $0 }
        return CommandRoundTrip(issued: ledger.issued, answers: ledger.answers, unanswered: ledger.pending.count,
                                failedDeliveries: failedDeliveries.load(ordering: .relaxed),
                                delivery: deliveries.withLock { $0.summary }, roundTrip: ledger.roundTrips.summary)
    }
}

/// Command round trips measured by `CommandProbe`.
public struct CommandRoundTrip: Hashable, Sendable, Codable {
    public var issued: Int
    /// Answers by type: `command.accepted`, `command.rejected`.
    public var answers: [String: Int]
    public var unanswered: Int
    public var failedDeliveries: Int
    /// Issue → delivery report.
    public var delivery: LatencySummary?
    /// Issue → answer folded into the console's state.
    public var roundTrip: LatencySummary?
}
