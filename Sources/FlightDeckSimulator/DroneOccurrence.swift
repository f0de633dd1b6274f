import FlightDeckCore

/// Something that happened to a drone during an update, before it is written as an event.
enum DroneOccurrence: Hashable, Sendable {
    /// `from` is nil when the drone reports the status it is in rather than a change.
    case statusChanged(from: DroneStatus?, to: DroneStatus, location: GeoPoint, battery: Double)
    /// `remainingFlightTime` in simulated seconds, for the estimated completion.
    case taskCreated(PatrolRoute, remainingFlightTime: Double)
    case taskProgress(PatrolRoute, remainingFlightTime: Double)
    case taskCompleted(PatrolRoute)
    case taskFailed(PatrolRoute, reason: String)
    case alertRaised(DroneAlert)
    case alertResolved(DroneAlert)
    case commandCompleted(DroneCommand)
    case commandFailed(DroneCommand, reason: String)
}
