/// Every stream rule behind one door: drone events in, alert events out. Pure: time comes in with the
/// events and with `tick`, so a test, the live processor and a replay all drive it the same way.
public struct StreamProcessor: Sendable {
    public struct Configuration: Hashable, Sendable {
        public var zones: [NoFlyZone] = []
        public var battery = BatteryRule.Policy()
        public var linkSilenceSeconds: Double = 30
        public var alerts = AlertPolicy()
        public var trajectory = Trajectory.Limits()

        public init(zones: [NoFlyZone] = []) {
            self.zones = zones
        }
    }

    public let configuration: Configuration
    private var geofence: GeofenceRule
    private var battery: BatteryRule
    private var link: LinkRule
    private var aggregator: AlertAggregator
    public private(set) var trajectories: [String: Trajectory] = [:]
    /// Events taken in, and the newest event time seen.
    public private(set) var eventsProcessed = 0
    public private(set) var latestEventTime: Timestamp?

    public init(configuration: Configuration) {
        self.configuration = configuration
        geofence = GeofenceRule(zones: configuration.zones)
        battery = BatteryRule(policy: configuration.battery)
        link = LinkRule(silenceSeconds: configuration.linkSilenceSeconds)
        aggregator = AlertAggregator(policy: configuration.alerts)
    }

    public var statistics: AlertStatistics { aggregator.statistics }
    public var openAlertCount: Int { aggregator.openAlertCount }

    /// Takes over what an earlier run published (see `OpenAlertLog`).
    public mutating func restore(_ log: OpenAlertLog, at time: Timestamp) -> [Event] {
        aggregator.restore(log.openAlerts, alreadyRaised: log.raisedIDs, resolved: log.resolvedAlerts, at: time)
    }

    /// The alert events one event causes. Alerts themselves and events about no drone cause none.
    public mutating func process(_ event: Event) -> [Event] {
        guard let droneID = event.droneID, event.type.category == .drone else { return [] }
        eventsProcessed += 1
        let time = event.timestamp
        latestEventTime = max(latestEventTime ?? time, time)
        var signals = link.heard(droneID: droneID, at: time)
        let location = event.payload.location
        var reading: Double?
        switch event.payload {
        case .telemetry(let update):
            reading = update.battery
        case .droneStatus(let change):
            reading = change.battery
            signals += battery.statusChanged(droneID: droneID, to: change.newStatus, at: time)
        default:
            break
        }
        if let location {
            trajectories[droneID, default: Trajectory(limits: configuration.trajectory)].append(location, at: time)
            battery.observe(droneID: droneID, location: location)
            signals += geofence.observe(droneID: droneID, location: location, at: time)
        }
        if let reading {
            signals += battery.observe(droneID: droneID, battery: reading,
                                       groundSpeed: trajectories[droneID]?.averageSpeed, at: time)
        }
        return signals.flatMap { aggregator.apply($0) }
    }

    /// Time-driven work at `now`: silent drones, and resolutions whose settle time has passed.
    public mutating func tick(now: Timestamp) -> [Event] {
        link.tick(now: now).flatMap { aggregator.apply($0) } + aggregator.tick(now: now)
    }
}
