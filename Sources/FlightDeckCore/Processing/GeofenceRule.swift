/// Raises `no_fly_zone_violation` when a drone enters a zone and clears it when the drone leaves.
public struct GeofenceRule: Sendable {
    public let zones: [NoFlyZone]
    /// The zones each drone was last seen in.
    private var inside: [String: Set<String>] = [:]

    public init(zones: [NoFlyZone]) {
        self.zones = zones
    }

    /// The changes `location` makes. On a drone's first position every zone is reported, entered or clear,
    /// so alerts left open by an earlier run of the processor settle.
    public mutating func observe(droneID: String, location: GeoPoint, at time: Timestamp) -> [AlertSignal] {
        guard !zones.isEmpty else { return [] }
        let now = zones.filter { $0.contains(location) }
        let nowIDs = Set(now.map(\.id))
        let before = inside[droneID]
        inside[droneID] = nowIDs
        var signals: [AlertSignal] = []
        for zone in now where before?.contains(zone.id) != true {
            signals.append(.raised(condition(droneID: droneID, zone: zone), at: time))
        }
        for zone in zones where !nowIDs.contains(zone.id) && (before == nil || before!.contains(zone.id)) {
            signals.append(.cleared(AlertKey(droneID: droneID, type: ProcessedAlertType.noFlyZone, subject: zone.id), at: time))
        }
        return signals
    }

    private func condition(droneID: String, zone: NoFlyZone) -> AlertCondition {
        AlertCondition(key: AlertKey(droneID: droneID, type: ProcessedAlertType.noFlyZone, subject: zone.id),
                       level: .critical, message: "\(droneID) entered no-fly zone \(zone.name)", autoAction: CommandName.hold.rawValue)
    }
}
