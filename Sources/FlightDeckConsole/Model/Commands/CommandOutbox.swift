import FlightDeckCore

/// The commands this console published, newest last, with their delivery; the newest `capacity` are kept.
struct CommandOutbox: Hashable, Sendable {
    static let capacity = 200

    private(set) var sent: [SentCommand] = []
    /// Counts the ids handed out, so two commands in the same millisecond still get different ids.
    private(set) var sequence = 0

    /// A new command id, the same for the same state: operator, time in milliseconds, sequence number.
    mutating func nextCommandID(operatorName: String, at now: Timestamp) -> String {
        sequence += 1
        let name = operatorName.isEmpty ? "operator" : String(operatorName.map { $0.isWhitespace ? "_" : $0 })
        return "\(name)-\(now.millisecondsSinceEpoch)-\(sequence)"
    }

    mutating func record(_ command: DroneCommand, at time: Timestamp) {
        sent.append(SentCommand(command: command, sentAt: time))
        if sent.count > Self.capacity {
            sent.removeFirst(sent.count - Self.capacity)
        }
    }

    /// Notes Kafka's delivery report; returns the command it was about, if this console still holds it.
    mutating func record(_ outcome: DeliveryOutcome, commandID: String) -> SentCommand? {
        guard let index = sent.lastIndex(where: { $0.command.commandID == commandID }) else { return nil }
        sent[index].delivery = DeliveryPhase(outcome)
        return sent[index]
    }

    /// Notes that `newID` went out in place of `oldID`, which Kafka did not deliver; `oldID` stays undeliverable.
    mutating func noteRetry(of oldID: String, as newID: String) {
        guard let index = sent.lastIndex(where: { $0.command.commandID == oldID }) else { return }
        sent[index].retriedAs = newID
    }

    func command(id: String) -> SentCommand? {
        sent.last { $0.command.commandID == id }
    }

    /// The last command this console sent to `droneID`.
    func newest(to droneID: String) -> SentCommand? {
        sent.last { $0.command.droneID == droneID }
    }

    var newest: SentCommand? { sent.last }
}
