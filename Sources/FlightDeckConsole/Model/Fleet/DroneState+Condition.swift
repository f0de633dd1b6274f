import FlightDeckCore

extension DroneState {
    /// Below this charge a drone counts as low on battery and its battery shows red.
    static let lowBatteryPercent = 20.0

    var hasLowBattery: Bool {
        guard let battery else { return false }
        return battery < Self.lowBatteryPercent
    }

    /// Not heard from for longer than `limit` milliseconds at `now`.
    func isStale(at now: Timestamp, after limit: Int64) -> Bool {
        now.millisecondsSinceEpoch - lastSeen.millisecondsSinceEpoch > limit
    }
}
