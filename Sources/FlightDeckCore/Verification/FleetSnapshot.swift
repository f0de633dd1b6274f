/// The part of a fleet state that two readers of the same messages must agree on, with the messages it was
/// built from: what `flightdeck console --save-state` writes and `flightdeck verify` checks.
///
/// A drone's history and the caps' eviction order are left out: they follow arrival order across topics,
/// which two readers need not share.
public struct FleetSnapshot: Hashable, Sendable, Codable {
    public struct Drone: Hashable, Sendable, Codable {
        public var id: String
        public var status: String
        public var latitude: Double?
        public var longitude: Double?
        public var altitude: Double?
        public var battery: Double?
        public var speed: Double?
        public var heading: Double?
        public var currentTask: String?
        /// Milliseconds since the epoch.
        public var lastSeen: Int64
    }

    public struct Task: Hashable, Sendable, Codable {
        public var id: String
        public var phase: String
        public var progress: Double
    }

    public struct Alert: Hashable, Sendable, Codable {
        public var id: String
        public var phase: String
        public var level: String
    }

    /// The offsets the state was built from, per partition.
    public var consumed: [ConsumedRanges.Range]
    /// Messages read twice (refetched) and offsets never read, while the state was built.
    public var repeated: Int
    public var skipped: Int64
    /// Events the reducer applied, took as redelivered duplicates, and kept out of order.
    public var applied: Int
    public var duplicates: Int
    public var outOfOrder: Int
    public var drones: [Drone]
    public var tasks: [Task]
    public var alerts: [Alert]

    public init(fleet: FleetState, consumed: ConsumedRanges) {
        self.consumed = consumed.ranges
        repeated = consumed.repeated
        skipped = consumed.skipped
        applied = fleet.counters.applied
        duplicates = fleet.counters.duplicates
        outOfOrder = fleet.counters.outOfOrder
        drones = fleet.drones.values.map(Drone.init).sorted { $0.id < $1.id }
        tasks = fleet.tasks.values.map { Task(id: $0.id, phase: $0.phase.rawValue, progress: $0.progress) }.sorted { $0.id < $1.id }
        alerts = fleet.alerts.values.map { Alert(id: $0.id, phase: "\($0.phase)", level: $0.level.rawValue) }.sorted { $0.id < $1.id }
    }

    public var messagesConsumed: Int64 { consumed.reduce(0) { $0 + $1.count } }
}

extension FleetSnapshot.Drone {
    init(_ drone: DroneState) {
        self.init(id: drone.id, status: drone.status.rawValue, latitude: drone.location?.latitude,
                  longitude: drone.location?.longitude, altitude: drone.location?.altitude, battery: drone.battery,
                  speed: drone.speed, heading: drone.heading, currentTask: drone.currentTaskID,
                  lastSeen: drone.lastSeen.millisecondsSinceEpoch)
    }
}
