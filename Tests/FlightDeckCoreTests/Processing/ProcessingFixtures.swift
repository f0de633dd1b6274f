import FlightDeckCore
import Foundation

/// Hand-made drone traffic for the stream rules.
enum Traffic {
    static let start = Timestamp(millisecondsSinceEpoch: 1_754_216_000_000)
    static let shenzhen = GeoPoint(latitude: 22.5431, longitude: 114.0579)

    static func at(_ seconds: Double) -> Timestamp {
        start.adding(milliseconds: Int64(seconds * 1000))
    }

    /// `point` moved `north` and `east` metres (flat approximation, fine over a few kilometres).
    static func offset(_ point: GeoPoint, north: Double = 0, east: Double = 0, altitude: Double? = nil) -> GeoPoint {
        GeoPoint(latitude: point.latitude + north / 111_195,
                 longitude: point.longitude + east / (111_195 * cos(point.latitude * .pi / 180)),
                 altitude: altitude ?? point.altitude)
    }

    static func location(_ droneID: String, _ point: GeoPoint, at seconds: Double) -> Event {
        Event(id: "\(droneID)-loc-\(seconds)", type: .droneLocationUpdated, source: "test", timestamp: at(seconds),
              payload: .droneLocation(DroneLocation(droneID: droneID, location: point)))
    }

    static func telemetry(_ droneID: String, battery: Double, at seconds: Double, location: GeoPoint? = nil) -> Event {
        Event(id: "\(droneID)-tel-\(seconds)", type: .droneTelemetry, source: "test", timestamp: at(seconds),
              payload: .telemetry(DroneTelemetry(droneID: droneID, battery: battery, location: location)))
    }

    static func status(_ droneID: String, _ status: DroneStatus, at seconds: Double) -> Event {
        Event(id: "\(droneID)-status-\(seconds)", type: .droneStatusChanged, source: "test", timestamp: at(seconds),
              payload: .droneStatus(DroneStatusChange(droneID: droneID, oldStatus: nil, newStatus: status)))
    }
}

extension Event {
    var alert: AlertUpdate? {
        if case .alert(let update) = payload { return update }
        return nil
    }
}

extension Array where Element == Event {
    func of(_ type: EventType) -> [Event] { filter { $0.type == type } }
    var alertTypes: [String] { compactMap { $0.alert?.alertType } }
}

