import FlightDeckCore

/// The services that publish each family of events; each name becomes the envelope's `source`.
public struct ServiceNames: Hashable, Sendable {
    /// Status changes, command answers and drone logs.
    public var droneControl: String
    /// `drone.location.updated` and `drone.telemetry`.
    public var telemetry: String
    public var tasks: String
    public var alerts: String
    /// Fleet metric samples.
    public var monitoring: String

    public init(droneControl: String = "drone-control-service", telemetry: String = "telemetry-service",
                tasks: String = "task-service", alerts: String = "alert-service",
                monitoring: String = "monitoring-service") {
        self.droneControl = droneControl
        self.telemetry = telemetry
        self.tasks = tasks
        self.alerts = alerts
        self.monitoring = monitoring
    }

    /// Every service, in the order heartbeats are published.
    var all: [String] { [droneControl, telemetry, tasks, alerts, monitoring] }
}

/// What fleet to simulate and how fast its time runs.
public struct SimulatorConfiguration: Hashable, Sendable {
    public static let shenzhen = GeoPoint(latitude: 22.5431, longitude: 114.0579)

    /// Drones in the fleet; the simulator flies at least one.
    public var droneCount: Int
    /// Every random choice follows from it: the same seed and the same calls give the same events.
    public var seed: UInt64
    /// Where the bases are: one here, the others on a ring around it.
    public var center: GeoPoint
    /// Bases the drones are spread over, round robin; at least one.
    public var baseCount: Int
    /// Radius in metres of the ring the other bases sit on.
    public var baseRingRadius: Double
    /// Simulated seconds per wall-clock second: at 10 an operator sees take-offs, patrols,
    /// low-battery returns and charging within a couple of minutes. Zero freezes the fleet.
    public var timeScale: Double
    public var services: ServiceNames

    public init(droneCount: Int = 50, seed: UInt64 = 1, center: GeoPoint = Self.shenzhen, baseCount: Int = 4,
                baseRingRadius: Double = 4_000, timeScale: Double = 10, services: ServiceNames = ServiceNames()) {
        self.droneCount = droneCount
        self.seed = seed
        self.center = center
        self.baseCount = baseCount
        self.baseRingRadius = baseRingRadius
        self.timeScale = timeScale
        self.services = services
    }

    /// Checks the values a person typed; the simulator itself clamps rather than fails.
    public func validate() throws(SimulatorConfigurationError) {
        guard droneCount >= 1 else { throw .noDrones(droneCount) }
        guard baseCount >= 1 else { throw .noBases(baseCount) }
        guard timeScale.isFinite, timeScale >= 0 else { throw .invalidTimeScale(timeScale) }
        guard baseRingRadius.isFinite, (0...50_000).contains(baseRingRadius) else {
            throw .invalidBaseRingRadius(baseRingRadius)
        }
        guard (-85...85).contains(center.latitude), (-180...180).contains(center.longitude) else {
            throw .invalidCenter(latitude: center.latitude, longitude: center.longitude)
        }
    }
}

/// A simulator setting that cannot work, with what to change.
public enum SimulatorConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case noDrones(Int)
    case noBases(Int)
    case invalidTimeScale(Double)
    case invalidBaseRingRadius(Double)
    case invalidCenter(latitude: Double, longitude: Double)

    public var description: String {
        switch self {
        case .noDrones(let count): "drone count is \(count); simulate at least 1 drone"
        case .noBases(let count): "base count is \(count); use at least 1 base"
        case .invalidTimeScale(let scale):
            "time scale \(scale) must be a finite number of at least 0 (10 is a good demo pace)"
        case .invalidBaseRingRadius(let radius): "base ring radius \(radius) m must be between 0 and 50000 m"
        case .invalidCenter(let latitude, let longitude):
            "centre \(latitude), \(longitude) must lie within latitude ±85 and longitude ±180"
        }
    }
}
