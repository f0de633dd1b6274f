import FlightDeckCore

/// A fleet of simulated drones producing the event feed of a drone control system: telemetry, status
/// changes, patrol tasks, alerts, answers to operator commands, metrics, logs and heartbeats.
///
/// It never reads the clock or the system's randomness: time comes in as `Timestamp`s and every random
/// choice follows from the configured seed, so the same configuration and calls give the same events.
/// Simulated time runs `timeScale` times faster than the timestamps passed in.
public struct FleetSimulator: Sendable {
    public let configuration: SimulatorConfiguration
    /// `drone-001`, `drone-002`, …: three digits, or as many as the largest number needs, so they sort.
    public let droneIDs: [String]

    private var fleet: [SimulatedDrone]
    private let indexByID: [String: Int]
    private var context: FlightContext
    private let factory: EventFactory
    private let timeScale: Double
    /// The drone the next tick updates first.
    private var cursor = 0
    /// The latest time seen, so fleet-wide events never go back in time either.
    private var fleetClock: Timestamp
    private var heartbeats: Cadence
    private var metricSamples: Cadence

    private static let statusReportInterval: Int64 = 60_000

    public init(configuration: SimulatorConfiguration, startTime: Timestamp) {
        self.configuration = configuration
        let timeScale = configuration.timeScale.isFinite ? max(0, configuration.timeScale) : 0
        self.timeScale = timeScale
        var generator = SeededGenerator(seed: configuration.seed)
        let count = max(1, configuration.droneCount)
        let bases = BaseLayout(configuration: configuration)
        var fleet: [SimulatedDrone] = []
        fleet.reserveCapacity(count)
        let width = max(3, String(count).count)
        for index in 0..<count {
            let id = "drone-" + String(zeroPadded: index + 1, width: width)
            fleet.append(SimulatedDrone(id: id, home: bases.pad(forDrone: index), startTime: startTime, using: &generator))
        }
        self.fleet = fleet
        self.droneIDs = fleet.map(\.id)
        self.indexByID = Dictionary(uniqueKeysWithValues: fleet.enumerated().map { ($1.id, $0) })
        self.context = FlightContext(generator: generator)
        self.factory = EventFactory(services: configuration.services, timeScale: timeScale)
        self.fleetClock = startTime
        self.heartbeats = Cadence(every: 15, startingAt: startTime)
        self.metricSamples = Cadence(every: 5, startingAt: startTime)
    }

    /// Every drone as the simulator sees it, in `droneIDs` order.
    public var drones: [DroneSnapshot] { fleet.map(DroneSnapshot.init) }

    public func drone(_ id: String) -> DroneSnapshot? {
        indexByID[id].map { DroneSnapshot(fleet[$0]) }
    }

    /// Advances the fleet to `now` and returns at least `count` events.
    ///
    /// Drones are updated round robin: each one flies from its last update to `now` and reports its
    /// position, alternating `drone.telemetry` and `drone.location.updated`, after every change it went
    /// through on the way. Heartbeats and metric samples are added when due. Every event about a drone
    /// carries the time of its update, which never goes back even when `now` does.
    public mutating func tick(at now: Timestamp, count: Int) -> [Event] {
        var events: [Event] = []
        events.reserveCapacity(max(0, count) + 16)
        publishFleetNotices(at: now, into: &events)
        while events.count < count {
            update(droneAt: cursor, at: now, reportingPosition: true, into: &events)
            cursor = (cursor + 1) % fleet.count
        }
        return events
    }

    /// The drone side's answer to an operator command: `command.accepted` and the changes it starts, or
    /// `command.rejected` with the reason. A later `tick` reports `command.completed` once the manoeuvre is done,
    /// or `command.failed` when a failsafe or a newer command overrides it.
    public mutating func handle(_ command: DroneCommand, at now: Timestamp) -> [Event] {
        var events: [Event] = []
        let service = configuration.services.droneControl
        let summary = "\(command.droneID) 指令 \(command.command)（\(command.commandID)）"
        guard let index = indexByID[command.droneID] else {
            let reason = CommandRejection.unknownDrone(command.droneID).description
            let time = max(now, fleetClock)
            events.append(factory.commandAnswer(.commandRejected, to: command, message: reason, at: time,
                                                generator: &context.generator))
            events.append(factory.log("WARN", service, "\(summary)被拒绝：\(reason)", at: time,
                                      generator: &context.generator))
            return events
        }
        update(droneAt: index, at: now, reportingPosition: false, into: &events)
        let time = fleet[index].lastUpdate
        context.occurrences.removeAll(keepingCapacity: true)
        do {
            try fleet[index].execute(command, in: &context)
            let message = command.command.acceptanceMessage
            events.append(factory.commandAnswer(.commandAccepted, to: command, message: message, at: time,
                                                generator: &context.generator))
            events.append(factory.log("INFO", service, "\(summary)已接受：\(message)", at: time,
                                      generator: &context.generator))
            publishOccurrences(of: fleet[index].id, at: time, into: &events)
        } catch {
            events.append(factory.commandAnswer(.commandRejected, to: command, message: error.description, at: time,
                                                generator: &context.generator))
            events.append(factory.log("WARN", service, "\(summary)被拒绝：\(error)", at: time,
                                      generator: &context.generator))
        }
        return events
    }

    /// Flies one drone up to `now` and publishes what happened, reporting its status when due.
    private mutating func update(droneAt index: Int, at now: Timestamp, reportingPosition: Bool,
                                 into events: inout [Event]) {
        let time = max(now, fleet[index].lastUpdate)
        if fleet[index].nextStatusReport.map({ $0 <= time }) ?? true {
            let drone = fleet[index]
            let report = DroneOccurrence.statusChanged(from: nil, to: drone.status, location: drone.location,
                                                       battery: drone.battery)
            factory.events(for: report, of: drone.id, at: time, generator: &context.generator, into: &events)
            fleet[index].nextStatusReport = time.adding(milliseconds: Self.statusReportInterval)
        }
        let seconds = time.seconds(since: fleet[index].lastUpdate) * timeScale
        fleet[index].lastUpdate = time
        context.occurrences.removeAll(keepingCapacity: true)
        fleet[index].advance(by: seconds, in: &context)
        publishOccurrences(of: fleet[index].id, at: time, into: &events)
        if reportingPosition {
            let asTelemetry = fleet[index].sendsTelemetryNext
            fleet[index].sendsTelemetryNext.toggle()
            events.append(factory.position(of: fleet[index], asTelemetry: asTelemetry, at: time,
                                           generator: &context.generator))
        }
    }

    private mutating func publishOccurrences(of droneID: String, at time: Timestamp, into events: inout [Event]) {
        let occurrences = context.occurrences
        for occurrence in occurrences {
            factory.events(for: occurrence, of: droneID, at: time, generator: &context.generator, into: &events)
        }
    }

    /// Service heartbeats every 15 s and fleet metrics every 5 s of wall-clock time.
    private mutating func publishFleetNotices(at now: Timestamp, into events: inout [Event]) {
        let time = max(now, fleetClock)
        fleetClock = time
        if heartbeats.isDue(at: time) {
            for service in configuration.services.all {
                events.append(factory.heartbeat(of: service, message: "心跳正常", at: time,
                                                generator: &context.generator))
            }
        }
        if metricSamples.isDue(at: time) {
            for (name, value) in fleetMetrics {
                events.append(factory.metric(name, value, at: time, generator: &context.generator))
            }
        }
    }

    private var fleetMetrics: [(String, Double)] {
        let airborne = fleet.count { $0.mode.isAirborne }
        let charging = fleet.count { $0.mode == .charging }
        let batteryTotal = fleet.reduce(0) { $0 + $1.battery }
        let openAlerts = fleet.reduce(0) { $0 + $1.openAlerts.count }
        let activeTasks = fleet.count { $0.patrol != nil }
        return [
            ("fleet_airborne", Double(airborne)),
            ("fleet_charging", Double(charging)),
            ("fleet_avg_battery", batteryTotal / Double(fleet.count)),
            ("fleet_open_alerts", Double(openAlerts)),
            ("fleet_active_tasks", Double(activeTasks)),
        ]
    }
}
