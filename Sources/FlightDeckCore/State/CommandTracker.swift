import DequeModule

/// Folds `command.issued` and the drone side's answers into one `CommandState` per command id, bounded.
///
/// Phases only move forward, so an answer redelivered or read out of order never reopens a command.
/// Finished commands are forgotten oldest first beyond `finishedCapacity`; commands never answered are
/// forgotten oldest first once `capacity` commands are held.
public struct CommandTracker: Sendable {
    public private(set) var commands: [String: CommandState] = [:]
    /// Commands held at most, answered or not.
    public let capacity: Int
    /// Finished (rejected, completed or failed) commands kept after they finish.
    public let finishedCapacity: Int
    private var finishedOrder: Deque<String> = []

    public init(capacity: Int = 5_000, finishedCapacity: Int = 500) {
        self.capacity = max(1, capacity)
        self.finishedCapacity = max(0, finishedCapacity)
    }

    /// Records `command.issued`; filling in what an earlier answer could not say, never moving the phase back.
    public mutating func issue(_ issued: DroneCommand, at time: Timestamp) {
        var command = existingOrNew(issued.commandID, at: time)
        command.droneID = issued.droneID
        command.command = issued.command
        command.target = issued.target ?? command.target
        command.operatorName = issued.operatorName ?? command.operatorName
        command.issuedAt = time
        commands[issued.commandID] = command
    }

    /// Records the drone side's answer (`command.accepted`, `.rejected`, `.completed` or `.failed`).
    public mutating func record(_ answer: CommandResult, type: EventType, at time: Timestamp) {
        guard let phase = CommandPhase(answer: type) else { return }
        var command = existingOrNew(answer.commandID, at: time)
        command.droneID = command.droneID ?? answer.droneID
        command.command = command.command ?? answer.command
        guard phase.rank > command.phase.rank else {
            commands[answer.commandID] = command
            return
        }
        command.phase = phase
        command.message = answer.message ?? command.message
        command.updatedAt = max(command.updatedAt, time)
        commands[answer.commandID] = command
        if phase.isFinished {
            finishedOrder.append(command.id)
            while finishedOrder.count > finishedCapacity, let oldest = finishedOrder.popFirst() {
                commands.removeValue(forKey: oldest)
            }
        }
    }

    private mutating func existingOrNew(_ id: String, at time: Timestamp) -> CommandState {
        if let command = commands[id] { return command }
        if commands.count >= capacity, let oldest = commands.values.min(by: { $0.updatedAt < $1.updatedAt }) {
            commands.removeValue(forKey: oldest.id)
        }
        return CommandState(id: id, updatedAt: time)
    }
}
