import FlightDeckCore

/// The drone detail view: which drone, which of its recent events is selected, whether that event's
/// JSON is shown, and the drone's track since its recent events began.
struct DroneDetail: Hashable, Sendable {
    let droneID: String
    var events = ListCursor()
    var showsJSON = false
    /// Kept for the open drone only: a track per drone for a 10,000-drone fleet would cost more memory than
    /// the whole fleet state.
    private(set) var track = Trajectory()

    /// Opens the view, seeding the track from the events the drone still holds (oldest first).
    init(droneID: String, recentEvents: [Event] = []) {
        self.droneID = droneID
        for event in recentEvents {
            follow(event)
        }
    }

    /// Extends the track with a position the event carries, when it is about this drone.
    mutating func follow(_ event: Event) {
        guard event.droneID == droneID, let location = event.payload.location else { return }
        track.append(location, at: event.timestamp)
    }

    /// The drone's recent events, newest first, keyed by event id.
    static func eventRows(of drone: DroneState?) -> RowOrder {
        RowOrder(drone?.recentEvents.reversed().map(\.id) ?? [])
    }
}
