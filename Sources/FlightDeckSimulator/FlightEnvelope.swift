import FlightDeckCore

/// The numbers behind the simulated flights, tuned so that at a time scale of 10 an operator watches a patrol
/// last a few simulated minutes, about one patrol in five end early on low battery, and drones charge at base
/// between patrols. Rates are per simulated second.
enum FlightEnvelope {
    static let climbRate = 4.0
    static let descentRate = 2.5
    static let cruiseAltitudes = 60.0...150.0
    static let cruiseSpeeds = 8.0...15.0
    /// Distance of the patrol loop from base; most loops are small, a few reach the far end.
    static let patrolRadii = 300.0...2_000.0
    static let waypointCounts = 4...8

    /// Battery percent per second in level flight; each airframe draws its own rate from this range.
    static let flightDrainRates = 0.10...0.18
    static let climbDrainFactor = 1.3
    static let hoverDrainFactor = 0.85
    static let descentDrainFactor = 0.6
    static let chargeRates = 0.35...0.50

    static let lowBattery = 20.0
    static let criticalBattery = 10.0
    /// Battery left on landing that the return-home decision plans for.
    static let landingReserve = 8.0
    /// Margin on the energy estimate to fly home, as PX4 plans its return.
    static let returnSafetyFactor = 1.2
    static let minimumTakeoffBattery = 40.0

    /// How close to the pad counts as being at base.
    static let homeRadius = 15.0
    /// How close to a goto target counts as arrived.
    static let arrivalRadius = 2.0
    /// Farthest from base an operator may send a drone (a PX4/ArduPilot style maximum distance from home).
    static let geofenceRadius = 5_000.0
    static let commandedAltitudes = 10.0...150.0

    /// Time a charged drone waits on its pad before the next patrol.
    static let restBetweenPatrols = 30.0...240.0
    /// Spread of the first take-offs after start.
    static let firstLaunchWindow = 0.0...300.0
    /// Link, GPS or wind trouble per airborne drone and second.
    static let nuisanceAlertRate = 1.0 / 6_000
    static let nuisanceAlertDurations = 15.0...90.0

    /// Longest physics step; longer gaps are integrated in steps of this size.
    static let integrationStep = 0.5
}

/// What sets one airframe apart from the rest of the fleet.
struct Airframe: Hashable, Sendable {
    let flightDrainRate: Double
    let chargeRate: Double
    /// Ground speed flying home and to goto targets; patrols set their own.
    let cruiseSpeed: Double
    let cruiseAltitude: Double

    init(using generator: inout SeededGenerator) {
        flightDrainRate = Double.random(in: FlightEnvelope.flightDrainRates, using: &generator)
        chargeRate = Double.random(in: FlightEnvelope.chargeRates, using: &generator)
        cruiseSpeed = Double.random(in: FlightEnvelope.cruiseSpeeds, using: &generator)
        cruiseAltitude = Double.random(in: FlightEnvelope.cruiseAltitudes, using: &generator)
    }
}
