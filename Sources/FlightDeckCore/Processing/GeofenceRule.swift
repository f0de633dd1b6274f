import Foundation

/// Raises `no_fly_zone_violation` when a drone enters a zone and clears it when the drone leaves.
public struct GeofenceRule: Sendable {
    public let zones: [NoFlyZone]
    /// Each zone's latitude/longitude box, checked first: most positions are far from most zones.
    private let boxes: [BoundingBox]
    /// Indices of the zones each drone was last seen in, ascending.
    private var inside: [String: [Int]] = [:]

    public init(zones: [NoFlyZone]) {
        self.zones = zones
        boxes = zones.map(BoundingBox.init(of:))
    }

    /// The changes `location` makes. On a drone's first position every zone is reported, entered or clear,
    /// so alerts left open by an earlier run of the processor settle.
    public mutating func observe(droneID: String, location: GeoPoint, at time: Timestamp) -> [AlertSignal] {
        guard !zones.isEmpty else { return [] }
        var now: [Int] = []
        for index in zones.indices where boxes[index].contains(location) && zones[index].contains(location) {
            now.append(index)
        }
        let before = inside.updateValue(now, forKey: droneID)
        guard before != now else { return [] }
        var signals: [AlertSignal] = []
        for index in now where before?.contains(index) != true {
            signals.append(.raised(condition(droneID: droneID, zone: zones[index]), at: time))
        }
        for index in zones.indices where !now.contains(index) && (before == nil || before!.contains(index)) {
            signals.append(.cleared(AlertKey(droneID: droneID, type: ProcessedAlertType.noFlyZone, subject: zones[index].id), at: time))
        }
        return signals
    }

    private func condition(droneID: String, zone: NoFlyZone) -> AlertCondition {
        AlertCondition(key: AlertKey(droneID: droneID, type: ProcessedAlertType.noFlyZone, subject: zone.id),
                       level: .critical, message: "\(droneID) entered no-fly zone \(zone.name)", autoAction: CommandName.hold.rawValue)
    }
}

/// A latitude/longitude box around a zone, a little generous so a point on the zone's edge is never cut off.
struct BoundingBox: Sendable {
    var latitudes: ClosedRange<Double>
    var longitudes: ClosedRange<Double>

    init(of zone: NoFlyZone) {
        let slack = 1e-6
        switch zone.shape {
        case .polygon(let vertices):
            let lats = vertices.map(\.latitude), lons = vertices.map(\.longitude)
            latitudes = ((lats.min() ?? 0) - slack)...((lats.max() ?? 0) + slack)
            longitudes = ((lons.min() ?? 0) - slack)...((lons.max() ?? 0) + slack)
        case .circle(let center, let radius):
            let degrees = radius / GeoPoint.earthRadius * 180 / .pi * 1.01 + slack
            let scale = max(cos(min(89, abs(center.latitude) + degrees) * .pi / 180), 1e-6)
            latitudes = (center.latitude - degrees)...(center.latitude + degrees)
            longitudes = (center.longitude - degrees / scale)...(center.longitude + degrees / scale)
        }
    }

    func contains(_ point: GeoPoint) -> Bool {
        latitudes.contains(point.latitude) && longitudes.contains(point.longitude)
    }
}
