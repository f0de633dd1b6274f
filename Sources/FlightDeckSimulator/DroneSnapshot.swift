import FlightDeckCore

/// A read-only view of one simulated drone, as the simulator itself sees it.
public struct DroneSnapshot: Hashable, Sendable {
    public let id: String
    public let status: DroneStatus
    /// Percent, 0…100.
    public let battery: Double
    /// Altitude in metres above the home pad.
    public let location: GeoPoint
    /// The pad the drone takes off from and charges at.
    public let home: GeoPoint
    /// Metres over the ground from the home pad.
    public let distanceFromHome: Double
    /// Horizontal ground speed in m/s.
    public let speed: Double
    /// Degrees from north of the last movement.
    public let heading: Double
    /// The patrol task it is flying, if any.
    public let taskID: String?

    init(_ drone: SimulatedDrone) {
        id = drone.id
        status = drone.status
        battery = drone.battery
        location = drone.location
        home = drone.frame.home
        distanceFromHome = drone.distanceFromHome
        speed = drone.speed
        heading = drone.heading
        taskID = drone.patrol?.taskID
    }
}
