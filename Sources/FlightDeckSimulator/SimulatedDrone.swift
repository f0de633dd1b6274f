import FlightDeckCore

/// One simulated drone: where it is, what it is doing, its battery, task, alerts and pending command.
///
/// `advance(by:in:)` moves it through simulated time and reports every change it goes through
/// to the context, so that the fleet can turn them into events.
struct SimulatedDrone: Sendable {
    let id: String
    let frame: LocalFrame
    let airframe: Airframe
    private(set) var mode: FlightMode
    var position: LocalPoint
    var battery: Double
    /// Horizontal ground speed in m/s.
    var speed = 0.0
    /// Degrees from north of the last movement.
    var heading: Double
    var patrol: PatrolRoute?
    /// The wind over the current flight, drawn at take-off.
    var wind = Wind.calm
    /// What a hold or goto interrupted; a resume continues it.
    var interruptedMode: FlightMode?
    /// The operator command still to be completed.
    var pendingCommand: PendingCommand?
    var openAlerts: [OpenAlert] = []
    /// Simulated seconds since the fleet started, up to which this drone has been advanced.
    private(set) var clock = 0.0
    /// When an idle drone at base takes off on its next patrol, in simulated seconds.
    var nextLaunch: Double
    /// Wall-clock time of the last update; the timestamp of every event about this drone.
    var lastUpdate: Timestamp
    /// When to next report the status unasked, so a console that joins late learns it.
    var nextStatusReport: Timestamp?
    var sendsTelemetryNext = true

    init(id: String, home: GeoPoint, startTime: Timestamp, using generator: inout SeededGenerator) {
        self.id = id
        self.frame = LocalFrame(home: home)
        self.airframe = Airframe(using: &generator)
        self.position = .origin
        let isCharged = Bool.random(using: &generator)
        self.battery = isCharged ? 100 : Double.random(in: 25..<99, using: &generator).rounded()
        self.mode = isCharged ? .idle : .charging
        self.heading = Double.random(in: 0..<360, using: &generator).rounded()
        self.nextLaunch = Double.random(in: FlightEnvelope.firstLaunchWindow, using: &generator)
        self.lastUpdate = startTime
    }

    var status: DroneStatus { mode.status }

    var location: GeoPoint { frame.geoPoint(of: position) }

    var distanceFromHome: Double { position.horizontalDistance(to: .origin) }

    var isAtHome: Bool { distanceFromHome <= FlightEnvelope.homeRadius }

    /// Integrates `seconds` of simulated time in steps short enough to catch every waypoint and threshold.
    mutating func advance(by seconds: Double, in context: inout FlightContext) {
        var remaining = max(0, seconds)
        repeat {
            let step = min(remaining, FlightEnvelope.integrationStep)
            remaining -= step
            clock += step
            fly(for: step, in: &context)
            let windFactor = wind.drainFactor(heading: heading, isMoving: speed > 0)
            battery = max(0, battery - airframe.flightDrainRate * mode.drainFactor * windFactor * step)
            watchBattery(in: &context)
            watchNuisances(over: step, in: &context)
            settlePendingCommand(in: &context)
        } while remaining > 0
    }

    /// Switches mode, reporting a status change when the status differs.
    mutating func enter(_ newMode: FlightMode, in context: inout FlightContext) {
        let oldStatus = mode.status
        mode = newMode
        if newMode.status != oldStatus {
            let change = DroneOccurrence.statusChanged(from: oldStatus, to: newMode.status, location: location,
                                                       battery: battery)
            context.occurrences.append(change)
        }
    }

    /// Starts `route`: the task is created and the drone climbs to the route's altitude.
    mutating func takeOff(on route: PatrolRoute, in context: inout FlightContext) {
        patrol = route
        interruptedMode = nil
        wind = Wind(using: &context.generator)
        context.occurrences.append(.taskCreated(route, remainingFlightTime: route.remainingFlightTime(from: position)))
        enter(.climbing, in: &context)
    }

    /// Ends the current patrol as failed, if there is one.
    mutating func abandonPatrol(reason: String, in context: inout FlightContext) {
        guard let route = patrol else { return }
        patrol = nil
        context.occurrences.append(.taskFailed(route, reason: reason))
    }

    private mutating func fly(for step: Double, in context: inout FlightContext) {
        switch mode {
        case .idle:
            speed = 0
            if isAtHome && clock >= nextLaunch && battery >= 100 {
                takeOff(on: context.makePatrol(), in: &context)
            }
        case .charging:
            speed = 0
            battery = min(100, battery + airframe.chargeRate * step)
            if battery >= 100 {
                finishCharging(in: &context)
            }
        case .climbing:
            speed = 0
            let target = patrol?.altitude ?? airframe.cruiseAltitude
            position.up = min(target, position.up + FlightEnvelope.climbRate * step)
            if position.up >= target {
                enter(.patrolling, in: &context)
            }
        case .patrolling:
            flyPatrol(for: step, in: &context)
        case .transiting(let target):
            if move(toward: target, speed: airframe.cruiseSpeed, for: step) {
                speed = 0
                enter(.holding, in: &context)
            }
        case .holding:
            speed = 0
        case .returning:
            let home = LocalPoint(east: 0, north: 0, up: position.up)
            if move(toward: home, speed: airframe.cruiseSpeed, for: step) {
                speed = 0
                enter(.descending, in: &context)
            }
        case .descending:
            speed = 0
            position.up = max(0, position.up - FlightEnvelope.descentRate * step)
            if position.up <= 0 {
                touchDown(in: &context)
            }
        }
    }

    private mutating func flyPatrol(for step: Double, in context: inout FlightContext) {
        guard var route = patrol, let waypoint = route.nextWaypoint else {
            enter(.returning, in: &context)
            return
        }
        guard move(toward: waypoint, speed: route.speed, for: step) else { return }
        route.markNextWaypointReached()
        if route.isFinished {
            patrol = nil
            context.occurrences.append(.taskCompleted(route))
            enter(.returning, in: &context)
        } else {
            patrol = route
            context.occurrences.append(.taskProgress(route, remainingFlightTime: route.remainingFlightTime(from: position)))
        }
    }

    /// Moves towards `target` at `speed` over the ground while climbing or descending to its altitude;
    /// returns whether the drone is there.
    private mutating func move(toward target: LocalPoint, speed groundSpeed: Double, for step: Double) -> Bool {
        let distance = position.horizontalDistance(to: target)
        let reach = groundSpeed * step
        if distance > 0.01 {
            heading = position.bearing(to: target)
        }
        speed = groundSpeed
        let altitude = position.up
        if distance <= reach {
            position = LocalPoint(east: target.east, north: target.north, up: altitude)
        } else {
            position = position.moved(distance: reach, bearing: heading)
        }
        let climb = FlightEnvelope.climbRate * step
        if abs(target.up - altitude) <= climb {
            position.up = target.up
        } else {
            position.up = altitude + (target.up > altitude ? climb : -climb)
        }
        return distance <= reach && position.up == target.up
    }

    private mutating func touchDown(in context: inout FlightContext) {
        interruptedMode = nil
        if isAtHome {
            position = .origin
            enter(.charging, in: &context)
        } else {
            nextLaunch = .infinity
            enter(.idle, in: &context)
        }
    }

    private mutating func finishCharging(in context: inout FlightContext) {
        battery = 100
        for open in openAlerts where open.alert.isBattery {
            context.occurrences.append(.alertResolved(open.alert))
        }
        openAlerts.removeAll { $0.alert.isBattery }
        nextLaunch = clock + Double.random(in: FlightEnvelope.restBetweenPatrols, using: &context.generator)
        enter(.idle, in: &context)
    }
}
