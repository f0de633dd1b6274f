import FlightDeckCore
import Foundation
import Yams

/// Reads no-fly zones, and optionally the fleet's bases, from YAML (see config/no-fly-zones.yaml):
/// the geometry itself lives in the core.
struct ZoneFile: Equatable {
    var zones: [NoFlyZone] = []
    /// Where drones fly home to: the battery rule measures the way home to the nearest.
    var bases: [GeoPoint] = []

    static func load(path: String) throws(ConfigError) -> ZoneFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, line: nil, message: "cannot be read: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    static func parse(_ text: String, file: String) throws(ConfigError) -> ZoneFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ConfigError(file: file, line: nil, message: "not valid YAML: \(error)")
        }
        let reader = ConfigReader(file: file)
        guard let root, let list = root.mapping?["zones"] else {
            throw ConfigError(file: file, line: root?.mark?.line, message: "expected a 'zones:' list")
        }
        guard let entries = list.sequence else { throw reader.error(at: list, "'zones' should be a list of zones") }
        for key in root.mapping?.keys.compactMap(\.string) ?? [] where !["zones", "bases"].contains(key) {
            throw reader.error(at: root, "unknown section '\(key)': use zones or bases")
        }
        var result = ZoneFile()
        for entry in entries {
            let zone = try zone(entry, reader: reader)
            guard !result.zones.contains(where: { $0.id == zone.id }) else { throw reader.error(at: entry, "zone id '\(zone.id)' is used twice") }
            result.zones.append(zone)
        }
        if let bases = root.mapping?["bases"] {
            guard let list = bases.sequence else { throw reader.error(at: bases, "'bases' should be a list of [latitude, longitude]") }
            for base in list {
                guard let pair = base.sequence, pair.count == 2 else { throw reader.error(at: base, "each base is [latitude, longitude]") }
                result.bases.append(try point(pair[0], pair[1], reader))
            }
        }
        return result
    }

    private static func zone(_ node: Node, reader: ConfigReader) throws(ConfigError) -> NoFlyZone {
        guard let fields = node.mapping else { throw reader.error(at: node, "a zone should hold id:, name: and circle: or polygon:") }
        for key in fields.keys.compactMap(\.string) where !["id", "name", "circle", "polygon", "floor", "ceiling"].contains(key) {
            throw reader.error(at: node, "unknown zone setting '\(key)': use id, name, circle, polygon, floor, ceiling")
        }
        guard let idNode = fields["id"] else { throw reader.error(at: node, "a zone needs an id") }
        let id = try reader.string(idNode, "id")
        let name = try fields["name"].map { node throws(ConfigError) in try reader.string(node, "name") } ?? id
        let floor = try fields["floor"].map { node throws(ConfigError) in try number(node, "floor", reader) }
        let ceiling = try fields["ceiling"].map { node throws(ConfigError) in try number(node, "ceiling", reader) }
        if let floor, let ceiling, floor > ceiling {
            throw reader.error(at: node, "zone '\(id)': floor \(floor) m is above ceiling \(ceiling) m")
        }
        let shape: NoFlyZone.Shape
        switch (fields["circle"], fields["polygon"]) {
        case (let circle?, nil):
            guard let circleFields = circle.mapping, let lat = circleFields["latitude"], let lon = circleFields["longitude"],
                  let radius = circleFields["radius"] else {
                throw reader.error(at: circle, "zone '\(id)': circle needs latitude, longitude and radius (metres)")
            }
            let metres = try number(radius, "radius", reader)
            guard metres > 0 else { throw reader.error(at: radius, "zone '\(id)': radius must be above 0 m") }
            shape = .circle(center: try point(lat, lon, reader), radius: metres)
        case (nil, let polygon?):
            guard let corners = polygon.sequence, corners.count >= 3 else {
                throw reader.error(at: polygon, "zone '\(id)': polygon needs at least three [latitude, longitude] corners")
            }
            var points: [GeoPoint] = []
            for corner in corners {
                guard let pair = corner.sequence, pair.count == 2 else {
                    throw reader.error(at: corner, "zone '\(id)': each corner is [latitude, longitude]")
                }
                points.append(try point(pair[0], pair[1], reader))
            }
            shape = .polygon(points)
        default:
            throw reader.error(at: node, "zone '\(id)' needs exactly one of circle: or polygon:")
        }
        return NoFlyZone(id: id, name: name, shape: shape, floor: floor, ceiling: ceiling)
    }

    private static func point(_ latitude: Node, _ longitude: Node, _ reader: ConfigReader) throws(ConfigError) -> GeoPoint {
        let lat = try number(latitude, "latitude", reader)
        let lon = try number(longitude, "longitude", reader)
        guard (-90...90).contains(lat) else { throw reader.error(at: latitude, "latitude \(lat) is outside ±90") }
        guard (-180...180).contains(lon) else { throw reader.error(at: longitude, "longitude \(lon) is outside ±180") }
        return GeoPoint(latitude: lat, longitude: lon)
    }

    private static func number(_ node: Node, _ key: String, _ reader: ConfigReader) throws(ConfigError) -> Double {
        guard let value = node.float, value.isFinite else { throw reader.error(at: node, "'\(key)' should be a number") }
        return value
    }
}
