@testable import flightdeck
import FlightDeckCore
import Foundation
import Testing

@Suite("No-fly zone files")
struct ZoneFileTests {
    static var example: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../config/no-fly-zones.yaml").standardized.path
    }

    @Test("the shipped example loads: circles, a polygon and altitude bands")
    func shippedExample() throws {
        let file = try ZoneFile.load(path: Self.example)
        let zones = file.zones
        #expect(file.bases.count == 4)
        #expect(file.bases.first == GeoPoint(latitude: 22.5431, longitude: 114.0579))
        #expect(zones.map(\.id) == ["civic-centre", "lianhuashan", "north-heliport"])
        guard case .polygon(let corners) = zones[1].shape else { Issue.record("lianhuashan should be a polygon"); return }
        #expect(corners.count == 5)
        #expect(zones[1].ceiling == 120 && zones[1].floor == nil)
        #expect(zones[2].floor == 80)
        guard case .circle(_, let radius) = zones[0].shape else { Issue.record("civic-centre should be a circle"); return }
        #expect(radius == 250)
    }

    @Test("mistakes are reported with the file, the line and what to change", arguments: [
        ("zones:\n  - id: a\n    name: A\n", "needs exactly one of circle: or polygon:"),
        ("zones:\n  - id: a\n    circle: {latitude: 1, longitude: 2}\n", "circle needs latitude, longitude and radius"),
        ("zones:\n  - id: a\n    polygon: [[1, 2], [3, 4]]\n", "at least three"),
        ("zones:\n  - id: a\n    circle: {latitude: 95, longitude: 2, radius: 5}\n", "outside ±90"),
        ("zones:\n  - id: a\n    circle: {latitude: 1, longitude: 2, radius: 5}\n    floor: 200\n    ceiling: 100\n", "above ceiling"),
        ("zones:\n  - id: a\n    circle: {latitude: 1, longitude: 2, radius: 5}\n  - id: a\n    circle: {latitude: 1, longitude: 2, radius: 5}\n", "used twice"),
        ("zones:\n  - id: a\n    circle: {latitude: 1, longitude: 2, radius: 5}\n    ceilling: 3\n", "unknown zone setting 'ceilling'"),
        ("areas: []\n", "expected a 'zones:' list"),
        ("zones: []\nbases: [[1, 2, 3]]\n", "each base is [latitude, longitude]"),
        ("zones: []\nbasis: []\n", "unknown section 'basis'"),
    ])
    func mistakes(text: String, expected: String) {
        #expect(throws: ConfigError.self) { try ZoneFile.parse(text, file: "zones.yaml") }
        do {
            _ = try ZoneFile.parse(text, file: "zones.yaml")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(error.description.hasPrefix("zones.yaml"))
        }
    }
}
