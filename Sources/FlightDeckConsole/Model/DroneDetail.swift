import FlightDeckCore

/// The drone detail view: which drone, which of its recent events is selected, and whether that event's
/// JSON is shown.
struct DroneDetail: Hashable, Sendable {
    let droneID: String
    var events = ListCursor()
    var showsJSON = false

    init(droneID: String) {
        self.droneID = droneID
    }

    /// The drone's recent events, newest first, keyed by event id.
    static func eventRows(of drone: DroneState?) -> RowOrder {
        RowOrder(drone?.recentEvents.reversed().map(\.id) ?? [])
    }
}
