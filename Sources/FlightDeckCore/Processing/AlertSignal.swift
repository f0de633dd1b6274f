/// Which condition an alert is about: one type on one drone, and what tells two of them apart (a zone's id).
public struct AlertKey: Hashable, Sendable, Comparable {
    public var droneID: String
    public var type: String
    public var subject: String

    public init(droneID: String, type: String, subject: String = "") {
        self.droneID = droneID
        self.type = type
        self.subject = subject
    }

    public static func < (lhs: AlertKey, rhs: AlertKey) -> Bool {
        (lhs.droneID, lhs.type, lhs.subject) < (rhs.droneID, rhs.type, rhs.subject)
    }
}

/// A condition a rule found, with what an alert about it says.
public struct AlertCondition: Hashable, Sendable {
    public var key: AlertKey
    public var level: AlertLevel
    public var message: String
    public var autoAction: String?

    public init(key: AlertKey, level: AlertLevel, message: String, autoAction: String? = nil) {
        self.key = key
        self.level = level
        self.message = message
        self.autoAction = autoAction
    }
}

/// What a rule reports: a condition holds, or no longer holds. Aggregation decides what is published.
public enum AlertSignal: Hashable, Sendable {
    case raised(AlertCondition, at: Timestamp)
    case cleared(AlertKey, at: Timestamp)
}

/// The alert types the stream rules raise.
public enum ProcessedAlertType {
    public static let noFlyZone = "no_fly_zone_violation"
    public static let batteryLow = "battery_low"
    public static let batteryDrainPredicted = "battery_drain_predicted"
    public static let linkLost = "link_lost"
}
