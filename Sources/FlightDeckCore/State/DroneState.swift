import DequeModule

/// What the console knows about one drone, folded from its events.
public struct DroneState: Hashable, Sendable {
    public let id: String
    public var status: DroneStatus
    public var location: GeoPoint?
    public var battery: Double?
    public var speed: Double?
    public var heading: Double?
    /// Event time of the newest event about this drone, whatever its topic.
    public var lastSeen: Timestamp
    /// Event time of the newest drone event (drone-events) applied to status, position and battery. Only those
    /// events are ordered against it: they share one partition per drone, while a task, alert or command about
    /// the drone travels on another topic and may arrive before older telemetry without being newer news of it.
    public internal(set) var reportedAt: Timestamp?
    public var currentTaskID: String?
    /// The drone's most recent events as encoded messages, newest last, capped by `FleetLimits.recentEventsPerDrone`.
    /// Only bytes are kept: a decoded `Event` holds its fields as separate strings beside the same bytes, which
    /// doubled the memory of 10,000 drones' histories for a view that shows one drone at a time.
    public private(set) var recentMessages: Deque<[UInt8]>

    public init(id: String, status: DroneStatus = "unknown", lastSeen: Timestamp) {
        self.id = id
        self.status = status
        self.lastSeen = lastSeen
        self.recentMessages = []
    }

    /// The drone's most recent events, newest last, decoded again from `recentMessages`.
    public var recentEvents: [Event] {
        let decoder = EventDecoder()
        return recentMessages.compactMap { try? decoder.decode($0) }
    }

    /// Keeps `event` in the history, forgetting the oldest beyond `limit`.
    mutating func remember(_ event: Event, limit: Int) {
        recentMessages.append(EventEncoder.encode(event))
        while recentMessages.count > limit {
            recentMessages.removeFirst()
        }
    }
}

/// Where a task stands.
public enum TaskPhase: String, Hashable, Sendable {
    case active, completed, failed
}

public struct TaskState: Hashable, Sendable {
    public let id: String
    public var droneID: String?
    public var name: String?
    public var phase: TaskPhase
    public var progress: Double
    public var currentStep: String?
    public var estimatedCompletion: Timestamp?
    public var failureReason: String?
    public var updatedAt: Timestamp

    public init(id: String, updatedAt: Timestamp) {
        self.id = id
        self.phase = .active
        self.progress = 0
        self.updatedAt = updatedAt
    }
}

/// An alert's life: open until an operator acknowledges it, resolved when its condition clears.
/// It only moves forward: open → acknowledged → resolved.
public enum AlertPhase: Int, Hashable, Sendable, Comparable {
    case open = 0, acknowledged = 1, resolved = 2

    public static func < (lhs: AlertPhase, rhs: AlertPhase) -> Bool { lhs.rawValue < rhs.rawValue }
}

public struct AlertState: Hashable, Sendable {
    public let id: String
    public var alertType: String?
    public var level: AlertLevel
    public var message: String?
    public var droneID: String?
    public var autoAction: String?
    public var phase: AlertPhase
    public var acknowledgedBy: String?
    public var raisedAt: Timestamp
    public var updatedAt: Timestamp

    public init(id: String, raisedAt: Timestamp) {
        self.id = id
        self.level = .info
        self.phase = .open
        self.raisedAt = raisedAt
        self.updatedAt = raisedAt
    }
}
