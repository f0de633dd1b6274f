import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Publishes every operator action to `user-events` as `user.action`: who, from which host, what, on what,
/// and how it ended. It has a producer of its own that publishes nothing else, so even a read-only console,
/// which has no producer for commands or acknowledgements, leaves a trail of what it refused.
final class AuditTrail: Sendable {
    private let producer: Producer
    let operatorName: String
    let host: String

    init(properties: KafkaProperties, operatorName: String) throws {
        producer = try Producer(properties: properties)
        self.operatorName = operatorName
        host = ProcessInfo.processInfo.hostName
    }

    /// Publishes one action without waiting; a failure to publish is not the operator's problem to solve mid-incident.
    func record(_ action: String, target: String?, result: String) {
        try? producer.send(Self.event(UserActivity(userID: operatorName, action: action, target: target, result: result, host: host),
                                      at: Clock.now()))
    }

    static let flushSeconds = 3

    /// Waits briefly for what is queued, so the console's stop reaches the topic before the process ends;
    /// returns how many actions are still undelivered.
    @discardableResult
    func flush() -> Int {
        producer.flush(timeoutMilliseconds: Int32(Self.flushSeconds * 1000))
    }

    static func event(_ activity: UserActivity, at time: Timestamp) -> Event {
        Event(id: UUID().uuidString.lowercased(), type: .userAction, source: OperatorEvents.source, timestamp: time,
              payload: .user(activity))
    }

    /// The action and target an effect stands for, as the trail names them.
    static func action(of effect: ConsoleEffect) -> (action: String, target: String?) {
        switch effect {
        case .issueCommand(let command): ("command \(command.command.rawValue)", command.droneID)
        case .acknowledge(let alertID, _, _): ("acknowledge", alertID)
        case .refuse(let action, let target): (action, target)
        }
    }
}
