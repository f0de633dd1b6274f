/// The `type` field of an envelope, e.g. `drone.status.changed`.
///
/// Kept as the string that came off the wire so that types this build does not know survive a round trip.
public struct EventType: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// The family of the type: the part before the first dot.
    public var category: EventCategory {
        let prefix = rawValue.utf8.firstIndex(of: UInt8(ascii: ".")).map { rawValue[..<$0] } ?? Substring(rawValue)
        return EventCategory(rawValue: String(prefix)) ?? .other
    }

    public static let droneStatusChanged: EventType = "drone.status.changed"
    public static let droneLocationUpdated: EventType = "drone.location.updated"
    public static let droneTelemetry: EventType = "drone.telemetry"
    public static let taskCreated: EventType = "task.created"
    public static let taskProgress: EventType = "task.progress"
    public static let taskCompleted: EventType = "task.completed"
    public static let taskFailed: EventType = "task.failed"
    public static let alertCreated: EventType = "alert.created"
    public static let alertAcknowledged: EventType = "alert.acknowledged"
    public static let alertResolved: EventType = "alert.resolved"
    public static let commandIssued: EventType = "command.issued"
    public static let commandAccepted: EventType = "command.accepted"
    public static let commandRejected: EventType = "command.rejected"
    public static let commandCompleted: EventType = "command.completed"
    public static let commandFailed: EventType = "command.failed"
    public static let userLogin: EventType = "user.login"
    public static let userLogout: EventType = "user.logout"
    public static let userAction: EventType = "user.action"
    public static let systemHealth: EventType = "system.health"
    public static let metricSample: EventType = "metric.sample"
    public static let logEntry: EventType = "log.entry"
}

public enum EventCategory: String, Sendable, CaseIterable {
    case drone, task, alert, command, user, system, metric, log, other
}
