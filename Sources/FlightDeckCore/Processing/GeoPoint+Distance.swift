import Foundation

extension GeoPoint {
    /// Mean Earth radius in metres, as the haversine formula uses it.
    public static let earthRadius = 6_371_008.8

    /// Great-circle distance in metres to `other`, ignoring altitude (haversine).
    public func distance(to other: GeoPoint) -> Double {
        let lat1 = latitude * .pi / 180
        let lat2 = other.latitude * .pi / 180
        let dLat = lat2 - lat1
        let dLon = (other.longitude - longitude) * .pi / 180
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * Self.earthRadius * asin(min(1, sqrt(a)))
    }
}
