import FlightDeckCore

/// Something the console asks the outside world to do.
///
/// The reducer never publishes: it records effects, `ConsoleApp.run` hands each one to its `perform` closure,
/// and Kafka's delivery report comes back as `ConsoleInput.delivery` naming the effect's `subject`.
public enum ConsoleEffect: Hashable, Sendable {
    /// Publish `command.issued` to `drone-commands`, keyed by the drone.
    case issueCommand(DroneCommand)
    /// Publish `alert.acknowledged` to `alert-events`, keyed by the drone when the alert names one.
    case acknowledge(alertID: String, droneID: String?, operatorName: String)
    /// A read-only console refused `action` on `target`: nothing is published but the audit trail's note of it.
    case refuse(action: String, target: String?)

    /// What the delivery report for this effect must name; nil for a refusal, which has none.
    public var subject: DeliveryOutcome.Subject? {
        switch self {
        case .issueCommand(let command): .command(id: command.commandID)
        case .acknowledge(let alertID, _, _): .acknowledgement(alertID: alertID)
        case .refuse: nil
        }
    }
}
