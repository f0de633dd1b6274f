/// One message of the system: the JSON envelope `{id, type, source, timestamp, data}` with its typed payload.
public struct Event: Hashable, Sendable {
    public var id: String
    public var type: EventType
    public var source: String
    public var timestamp: Timestamp
    public var payload: Payload
    /// The message exactly as it came off the wire, when it did. Encoding writes these bytes back,
    /// so fields and types this build does not know are never dropped.
    public var raw: [UInt8]?

    public init(id: String, type: EventType, source: String, timestamp: Timestamp, payload: Payload, raw: [UInt8]? = nil) {
        self.id = id
        self.type = type
        self.source = source
        self.timestamp = timestamp
        self.payload = payload
        self.raw = raw
    }

    /// The drone the event is about, which is also its Kafka key.
    public var droneID: String? { payload.droneID }
}

/// The typed content of an envelope's `data`, chosen by the envelope's `type`.
///
/// Indirect: each case sits in one box, so copying an event on its way from decoder to state is one retain,
/// not a walk over every string of the widest case (that walk was a tenth of the ingest path's instructions).
public indirect enum Payload: Hashable, Sendable {
    case droneStatus(DroneStatusChange)
    case droneLocation(DroneLocation)
    case telemetry(DroneTelemetry)
    case task(TaskUpdate)
    case alert(AlertUpdate)
    case command(DroneCommand)
    case commandResult(CommandResult)
    case user(UserActivity)
    case system(SystemNotice)
    case metric(MetricSample)
    case log(LogLine)
    /// A type this build does not know; its data is kept in `Event.raw`.
    case unknown(droneID: String?)

    public var droneID: String? {
        switch self {
        case .droneStatus(let p): p.droneID
        case .droneLocation(let p): p.droneID
        case .telemetry(let p): p.droneID
        case .task(let p): p.droneID
        case .alert(let p): p.droneID
        case .command(let p): p.droneID
        case .commandResult(let p): p.droneID
        case .unknown(let droneID): droneID
        case .user, .system, .metric, .log: nil
        }
    }

    /// The drone's position, for the payloads that report one.
    public var location: GeoPoint? {
        switch self {
        case .droneStatus(let p): p.location
        case .droneLocation(let p): p.location
        case .telemetry(let p): p.location
        default: nil
        }
    }
}
