import FlightDeckCore
import FlightDeckSimulator
import Foundation

/// Drives a simulator the way the console's publisher does: ticks at a steady wall-clock pace,
/// keeping every event for the test to inspect.
struct FleetRun {
    static let start = Timestamp(millisecondsSinceEpoch: 1_754_217_000_000)

    var simulator: FleetSimulator
    var now: Timestamp
    var events: [Event] = []
    let tickMilliseconds: Int64
    let eventsPerTick: Int

    init(seed: UInt64 = 7, droneCount: Int = 50, timeScale: Double = 10, tickMilliseconds: Int64 = 100,
         eventsPerTick: Int = 20) {
        let configuration = SimulatorConfiguration(droneCount: droneCount, seed: seed, timeScale: timeScale)
        self.simulator = FleetSimulator(configuration: configuration, startTime: Self.start)
        self.now = Self.start
        self.tickMilliseconds = tickMilliseconds
        self.eventsPerTick = eventsPerTick
    }

    /// Ticks for `seconds` of wall-clock time.
    mutating func run(seconds: Double) {
        let ticks = Int(seconds * 1000) / Int(tickMilliseconds)
        for _ in 0..<ticks {
            tick()
        }
    }

    /// Ticks until `condition` holds, for at most `seconds` of wall-clock time; returns whether it held.
    mutating func run(atMost seconds: Double, until condition: (FleetRun) -> Bool) -> Bool {
        let ticks = Int(seconds * 1000) / Int(tickMilliseconds)
        for _ in 0..<ticks {
            tick()
            if condition(self) { return true }
        }
        return false
    }

    mutating func tick() {
        now = now.adding(milliseconds: tickMilliseconds)
        events += simulator.tick(at: now, count: eventsPerTick)
    }

    mutating func handle(_ command: DroneCommand) -> [Event] {
        let answer = simulator.handle(command, at: now)
        events += answer
        return answer
    }

    func events(of droneID: String) -> [Event] {
        events.filter { $0.droneID == droneID }
    }

    /// The answers about one command, in order.
    func answers(to commandID: String) -> [Event] {
        events.filter { event in
            if case .commandResult(let result) = event.payload { return result.commandID == commandID }
            return false
        }
    }

    /// A drone in level flight on patrol, far enough from home and charged enough for a manoeuvre.
    func cruisingDrone(minimumBattery: Double = 60, minimumDistance: Double = 200) -> DroneSnapshot? {
        simulator.drones.first { drone in
            drone.status == .flying && drone.taskID != nil && drone.battery >= minimumBattery
                && drone.distanceFromHome >= minimumDistance
        }
    }
}

/// Ground distance in metres between two points a few kilometres apart.
func metres(from a: GeoPoint, to b: GeoPoint) -> Double {
    let north = (b.latitude - a.latitude) * 111_320
    let east = (b.longitude - a.longitude) * 111_320 * cos(a.latitude * .pi / 180)
    return hypot(north, east)
}

/// Degrees clockwise from north of the ground track from `a` to `b`.
func bearing(from a: GeoPoint, to b: GeoPoint) -> Double {
    let north = (b.latitude - a.latitude) * 111_320
    let east = (b.longitude - a.longitude) * 111_320 * cos(a.latitude * .pi / 180)
    let degrees = atan2(east, north) * 180 / .pi
    return degrees < 0 ? degrees + 360 : degrees
}

/// The smallest angle between two headings, in degrees.
func angleBetween(_ a: Double, _ b: Double) -> Double {
    let difference = abs(a - b).truncatingRemainder(dividingBy: 360)
    return min(difference, 360 - difference)
}

extension Event {
    var location: GeoPoint? {
        switch payload {
        case .droneLocation(let update): update.location
        case .telemetry(let telemetry): telemetry.location
        case .droneStatus(let change): change.location
        default: nil
        }
    }

    /// Where a telemetry or location report puts the drone, and how it moves.
    var positionReport: (location: GeoPoint, speed: Double, heading: Double)? {
        switch payload {
        case .droneLocation(let update):
            (update.location, update.speed ?? -1, update.heading ?? -1)
        case .telemetry(let telemetry):
            telemetry.location.map { ($0, telemetry.speed ?? -1, telemetry.heading ?? -1) }
        default:
            nil
        }
    }

    var taskUpdate: TaskUpdate? {
        if case .task(let update) = payload { return update }
        return nil
    }

    var alertUpdate: AlertUpdate? {
        if case .alert(let update) = payload { return update }
        return nil
    }

    var statusChange: DroneStatusChange? {
        if case .droneStatus(let change) = payload { return change }
        return nil
    }

    var commandResult: CommandResult? {
        if case .commandResult(let result) = payload { return result }
        return nil
    }
}
