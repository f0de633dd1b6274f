import FlightDeckCore
import Foundation

/// A position in metres east, north and up of a drone's home pad.
///
/// Flight is simulated in this flat frame; over the few kilometres a patrol covers the error
/// against the curved Earth is far below GPS noise.
struct LocalPoint: Hashable, Sendable {
    var east: Double
    var north: Double
    var up: Double

    static let origin = LocalPoint(east: 0, north: 0, up: 0)

    /// Ground distance in metres, ignoring altitude.
    func horizontalDistance(to other: LocalPoint) -> Double {
        hypot(other.east - east, other.north - north)
    }

    /// Degrees clockwise from north of the ground track towards `other`, in 0..<360.
    func bearing(to other: LocalPoint) -> Double {
        let degrees = atan2(other.east - east, other.north - north) * 180 / .pi
        return degrees < 0 ? degrees + 360 : degrees
    }

    /// The point `distance` metres along the ground towards `bearing` degrees.
    func moved(distance: Double, bearing: Double) -> LocalPoint {
        let radians = bearing * .pi / 180
        return LocalPoint(east: east + distance * sin(radians), north: north + distance * cos(radians), up: up)
    }
}

/// Converts between a drone's local frame and latitude/longitude, anchored at its home pad.
struct LocalFrame: Hashable, Sendable {
    let home: GeoPoint
    private let metresPerDegreeLatitude = 111_320.0
    private let metresPerDegreeLongitude: Double

    init(home: GeoPoint) {
        self.home = GeoPoint(latitude: home.latitude, longitude: home.longitude)
        self.metresPerDegreeLongitude = 111_320.0 * cos(home.latitude * .pi / 180)
    }

    func geoPoint(of point: LocalPoint) -> GeoPoint {
        GeoPoint(latitude: home.latitude + point.north / metresPerDegreeLatitude,
                 longitude: home.longitude + point.east / metresPerDegreeLongitude,
                 altitude: point.up)
    }

    func localPoint(of point: GeoPoint, defaultAltitude: Double) -> LocalPoint {
        LocalPoint(east: (point.longitude - home.longitude) * metresPerDegreeLongitude,
                   north: (point.latitude - home.latitude) * metresPerDegreeLatitude,
                   up: point.altitude ?? defaultAltitude)
    }
}
