/// One alert from its raise to its resolution, however often its condition came and went in between.
struct AlertEpisode: Hashable, Sendable {
    var alertID: String
    var condition: AlertCondition
    var repeats = 0
    /// When the condition last cleared; nil while it holds.
    var clearedAt: Timestamp?
    /// False when a rate limit or a fleet alert kept it from being published: its resolution is not published either.
    var published: Bool
}

/// A burst of one alert type across many drones, published as one alert naming them.
struct FleetEpisode: Hashable, Sendable {
    var alertID: String
    var type: String
    var level: AlertLevel
    var autoAction: String?
    var drones: Set<String>
    /// The drones the last published update named.
    var publishedDrones: Set<String>
    var lastPublished: Timestamp
    var updates = 0
}

/// An alert this processor raised earlier and never resolved, as read back from the alert topic at start-up.
public struct OpenAlert: Hashable, Sendable {
    public var alertID: String
    public var droneID: String?
    public var type: String

    public init(alertID: String, droneID: String?, type: String) {
        self.alertID = alertID
        self.droneID = droneID
        self.type = type
    }
}

/// An alert an earlier run raised at `raisedAt` and resolved at `resolvedAt`. Events from between the two that
/// are processed again (a batch redone after a crash before its commit) belong to it and raise nothing new.
public struct ResolvedAlert: Hashable, Sendable {
    public var alertID: String
    public var droneID: String
    public var type: String
    public var raisedAt: Timestamp
    public var resolvedAt: Timestamp

    public init(alertID: String, droneID: String, type: String, raisedAt: Timestamp, resolvedAt: Timestamp) {
        self.alertID = alertID
        self.droneID = droneID
        self.type = type
        self.raisedAt = raisedAt
        self.resolvedAt = resolvedAt
    }

    func covers(_ time: Timestamp) -> Bool {
        raisedAt <= time && time <= resolvedAt
    }
}
