import FlightDeckCore

/// What a simulated drone is doing; its reported status follows from it.
enum FlightMode: Hashable, Sendable {
    /// On the ground, not charging: at base with a full battery, or wherever it landed.
    case idle
    case charging
    /// Rising vertically to the patrol altitude.
    case climbing
    /// Flying the patrol loop.
    case patrolling
    /// Flying to an operator's goto target, then hovering there.
    case transiting(to: LocalPoint)
    case holding
    /// Flying straight home at the current altitude.
    case returning
    /// Descending vertically wherever it is.
    case descending

    var status: DroneStatus {
        switch self {
        case .idle: .idle
        case .charging: .charging
        case .climbing: .takingOff
        case .patrolling, .transiting: .flying
        case .holding: .hovering
        case .returning: .returning
        case .descending: .landing
        }
    }

    var isAirborne: Bool {
        switch self {
        case .idle, .charging: false
        default: true
        }
    }

    /// Whether a hold or goto may interrupt this mode and a resume continue it.
    var isResumable: Bool {
        switch self {
        case .climbing, .patrolling, .returning, .descending: true
        default: false
        }
    }

    /// Battery drain relative to level flight.
    var drainFactor: Double {
        switch self {
        case .idle, .charging: 0
        case .climbing: FlightEnvelope.climbDrainFactor
        case .holding: FlightEnvelope.hoverDrainFactor
        case .descending: FlightEnvelope.descentDrainFactor
        case .patrolling, .transiting, .returning: 1
        }
    }
}
