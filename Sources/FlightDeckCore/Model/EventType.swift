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
    /// Read on every event, so the prefix is compared in place rather than copied into a new `String`.
    public var category: EventCategory {
        var text = rawValue
        return text.withUTF8 { utf8 in
            let prefix = UnsafeBufferPointer(rebasing: utf8[..<(utf8.firstIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex)])
            switch prefix.count {
            case 3 where Self.spells(prefix, "log"): return .log
            case 4 where Self.spells(prefix, "task"): return .task
            case 4 where Self.spells(prefix, "user"): return .user
            case 5 where Self.spells(prefix, "drone"): return .drone
            case 5 where Self.spells(prefix, "alert"): return .alert
            case 6 where Self.spells(prefix, "system"): return .system
            case 6 where Self.spells(prefix, "metric"): return .metric
            case 7 where Self.spells(prefix, "command"): return .command
            default: return .other
            }
        }
    }

    private static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        bytes.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
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
