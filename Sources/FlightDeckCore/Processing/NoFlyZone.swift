import Foundation

/// An area drones must not enter: a polygon or a circle, optionally only between two altitudes.
public struct NoFlyZone: Hashable, Sendable {
    public enum Shape: Hashable, Sendable {
        /// Vertices in order (either direction); the last joins the first. At least three.
        case polygon([GeoPoint])
        /// A centre and a radius in metres.
        case circle(center: GeoPoint, radius: Double)
    }

    public var id: String
    public var name: String
    public var shape: Shape
    /// Metres above take-off; nil means from the ground / without ceiling. Both edges belong to the zone.
    public var floor: Double?
    public var ceiling: Double?

    public init(id: String, name: String, shape: Shape, floor: Double? = nil, ceiling: Double? = nil) {
        self.id = id
        self.name = name
        self.shape = shape
        self.floor = floor
        self.ceiling = ceiling
    }

    /// Whether `point` is inside, edges included. A point without altitude counts as inside the band:
    /// for a safety rule, not knowing the altitude must not hide a violation.
    public func contains(_ point: GeoPoint) -> Bool {
        guard isWithinBand(point.altitude) else { return false }
        switch shape {
        case .circle(let center, let radius):
            return center.distance(to: point) <= radius
        case .polygon(let vertices):
            return Self.polygon(vertices, contains: point)
        }
    }

    private func isWithinBand(_ altitude: Double?) -> Bool {
        guard let altitude else { return true }
        if let floor, altitude < floor { return false }
        if let ceiling, altitude > ceiling { return false }
        return true
    }

    /// Ray casting in a flat frame around the point (zones span kilometres, not continents); a point on an
    /// edge or a vertex is inside.
    static func polygon(_ vertices: [GeoPoint], contains point: GeoPoint) -> Bool {
        guard vertices.count >= 3 else { return false }
        let scale = cos(point.latitude * .pi / 180)
        let flat = vertices.map { (x: ($0.longitude - point.longitude) * scale, y: $0.latitude - point.latitude) }
        var inside = false
        var previous = flat[flat.count - 1]
        for current in flat {
            if Self.originIsOnSegment(previous, current) { return true }
            if (current.y > 0) != (previous.y > 0) {
                let crossingX = current.x + (0 - current.y) * (previous.x - current.x) / (previous.y - current.y)
                if crossingX > 0 { inside.toggle() }
            }
            previous = current
        }
        return inside
    }

    /// Within about a centimetre of the segment, so coordinates rounded to 1e-7 degrees still land on it.
    private static func originIsOnSegment(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Bool {
        let tolerance = 1e-7
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        let t = lengthSquared == 0 ? 0 : max(0, min(1, -(a.x * dx + a.y * dy) / lengthSquared))
        let px = a.x + t * dx, py = a.y + t * dy
        return px * px + py * py <= tolerance * tolerance
    }
}
