import FlightDeckCore

/// An inspection task: a loop of waypoints around base, flown at one altitude and speed, then home.
struct PatrolRoute: Hashable, Sendable {
    let taskID: String
    /// The operator-facing name, e.g. `巡检任务-0042`.
    let name: String
    let waypoints: [LocalPoint]
    let speed: Double
    let altitude: Double
    /// Waypoints reached so far.
    private(set) var reached = 0

    init(taskID: String, name: String, waypoints: [LocalPoint], speed: Double, altitude: Double) {
        self.taskID = taskID
        self.name = name
        self.waypoints = waypoints
        self.speed = speed
        self.altitude = altitude
    }

    /// A loop of 4–8 waypoints at jittered angles and radii around base.
    init(number: Int, using generator: inout SeededGenerator) {
        let count = Int.random(in: FlightEnvelope.waypointCounts, using: &generator)
        let radii = FlightEnvelope.patrolRadii
        let spread = Double.random(in: 0..<1, using: &generator)
        let radius = radii.lowerBound + (radii.upperBound - radii.lowerBound) * spread * spread * spread
        let altitude = Double.random(in: FlightEnvelope.cruiseAltitudes, using: &generator).rounded()
        let firstBearing = Double.random(in: 0..<360, using: &generator)
        let step = 360 / Double(count)
        let waypoints = (0..<count).map { index in
            let bearing = firstBearing + Double(index) * step + Double.random(in: -0.25...0.25, using: &generator) * step
            let distance = radius * Double.random(in: 0.6...1.0, using: &generator)
            return LocalPoint(east: 0, north: 0, up: altitude).moved(distance: distance, bearing: bearing)
        }
        self.init(taskID: "task-" + generator.hex(count: 12),
                  name: "巡检任务-" + String(zeroPadded: number, width: 4),
                  waypoints: waypoints,
                  speed: Double.random(in: FlightEnvelope.cruiseSpeeds, using: &generator).rounded(),
                  altitude: altitude)
    }

    var nextWaypoint: LocalPoint? { reached < waypoints.count ? waypoints[reached] : nil }

    var isFinished: Bool { reached == waypoints.count }

    var progress: Double { 100 * Double(reached) / Double(waypoints.count) }

    /// The step just completed, in the operator's words: `巡检点位3`.
    var currentStep: String { "巡检点位\(reached)" }

    mutating func markNextWaypointReached() {
        reached = min(reached + 1, waypoints.count)
    }

    /// Simulated seconds to fly the rest of the loop from `position`, return home and land.
    func remainingFlightTime(from position: LocalPoint) -> Double {
        var distance = 0.0
        var cursor = position
        for waypoint in waypoints[reached...] {
            distance += cursor.horizontalDistance(to: waypoint)
            cursor = waypoint
        }
        distance += cursor.horizontalDistance(to: .origin)
        let climb = max(0, altitude - position.up) / FlightEnvelope.climbRate
        return climb + distance / speed + altitude / FlightEnvelope.descentRate
    }
}
