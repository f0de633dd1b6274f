import FlightDeckCore
import Foundation
import Testing

@Suite("Geofence")
struct GeofenceTests {
    let centre = Traffic.shenzhen
    var square: NoFlyZone {
        // 200 m × 200 m around the centre.
        let corners = [(-100.0, -100.0), (-100, 100), (100, 100), (100, -100)].map { Traffic.offset(centre, north: $0.0, east: $0.1) }
        return NoFlyZone(id: "square", name: "Square", shape: .polygon(corners))
    }

    @Test func polygonInsideOutsideAndOnItsEdges() {
        let zone = square
        #expect(zone.contains(centre))
        #expect(zone.contains(Traffic.offset(centre, north: 99)))
        #expect(!zone.contains(Traffic.offset(centre, north: 101)))
        #expect(!zone.contains(Traffic.offset(centre, east: -100.5)))
        guard case .polygon(let corners) = zone.shape else { return }
        #expect(zone.contains(corners[0]), "a vertex belongs to the zone")
        let midEdge = GeoPoint(latitude: (corners[1].latitude + corners[2].latitude) / 2, longitude: (corners[1].longitude + corners[2].longitude) / 2)
        #expect(zone.contains(midEdge), "a point on an edge belongs to the zone")
    }

    @Test func concavePolygonLeavesItsNotchOut() {
        // A U shape: the notch between the arms is outside.
        let shape = [(0.0, 0.0), (300, 0), (300, 100), (200, 100), (200, 200), (100, 200), (100, 100), (0, 100)]
            .map { Traffic.offset(centre, north: $0.1, east: $0.0) }
        let zone = NoFlyZone(id: "u", name: "U", shape: .polygon(shape))
        #expect(zone.contains(Traffic.offset(centre, north: 50, east: 150)))
        #expect(zone.contains(Traffic.offset(centre, north: 150, east: 150)))
        #expect(!zone.contains(Traffic.offset(centre, north: 150, east: 50)), "the notch is outside")
        #expect(!zone.contains(Traffic.offset(centre, north: 150, east: 250)), "the notch is outside")
    }

    @Test func circleRadiusIsInclusive() {
        let zone = NoFlyZone(id: "c", name: "Circle", shape: .circle(center: centre, radius: 500))
        #expect(zone.contains(Traffic.offset(centre, east: 499.9)))
        #expect(!zone.contains(Traffic.offset(centre, east: 500.5)))
        let onRadius = Traffic.offset(centre, north: 500)
        let exact = NoFlyZone(id: "c", name: "Circle", shape: .circle(center: centre, radius: centre.distance(to: onRadius)))
        #expect(exact.contains(onRadius))
    }

    @Test func altitudeBandEdgesBelongToTheZone() {
        var zone = NoFlyZone(id: "c", name: "Corridor", shape: .circle(center: centre, radius: 300), floor: 50, ceiling: 120)
        #expect(zone.contains(GeoPoint(latitude: centre.latitude, longitude: centre.longitude, altitude: 50)))
        #expect(zone.contains(GeoPoint(latitude: centre.latitude, longitude: centre.longitude, altitude: 120)))
        #expect(!zone.contains(GeoPoint(latitude: centre.latitude, longitude: centre.longitude, altitude: 49.9)))
        #expect(!zone.contains(GeoPoint(latitude: centre.latitude, longitude: centre.longitude, altitude: 120.1)))
        #expect(zone.contains(centre), "unknown altitude counts as inside: a safety rule must not miss a violation")
        zone.floor = nil
        #expect(zone.contains(GeoPoint(latitude: centre.latitude, longitude: centre.longitude, altitude: 0)))
    }

    @Test func entryRaisesCriticalHoldAndExitResolvesAfterSettling() {
        var processor = StreamProcessor(configuration: .init(zones: [square]))
        #expect(processor.process(Traffic.location("drone-001", Traffic.offset(centre, north: -300), at: 0)).isEmpty)
        let entered = processor.process(Traffic.location("drone-001", Traffic.offset(centre, north: -50), at: 5))
        #expect(entered.count == 1)
        let alert = entered.first?.alert
        #expect(entered.first?.type == .alertCreated)
        #expect(alert?.alertType == "no_fly_zone_violation")
        #expect(alert?.level == .critical)
        #expect(alert?.autoAction == "hold")
        #expect(alert?.droneID == "drone-001")
        #expect(entered.first?.source == "alert-service")
        #expect(processor.process(Traffic.location("drone-001", Traffic.offset(centre, north: 10), at: 10)).isEmpty, "still inside: nothing new")
        #expect(processor.process(Traffic.location("drone-001", Traffic.offset(centre, north: 300), at: 15)).isEmpty)
        #expect(processor.tick(now: Traffic.at(20)).isEmpty, "not yet settled")
        let resolved = processor.tick(now: Traffic.at(26))
        #expect(resolved.map(\.type) == [.alertResolved])
        #expect(resolved.first?.alert?.alertID == alert?.alertID)
    }

    @Test func altitudeAboveTheBandIsNoViolation() {
        let zone = NoFlyZone(id: "low", name: "Low", shape: .circle(center: centre, radius: 300), ceiling: 120)
        var processor = StreamProcessor(configuration: .init(zones: [zone]))
        #expect(processor.process(Traffic.location("drone-001", Traffic.offset(centre, altitude: 150), at: 0)).isEmpty)
        #expect(processor.process(Traffic.location("drone-001", Traffic.offset(centre, altitude: 120), at: 1)).alertTypes == ["no_fly_zone_violation"])
    }

    @Test func twoZonesAreTwoAlerts() {
        let circle = NoFlyZone(id: "circle", name: "Circle", shape: .circle(center: centre, radius: 50))
        var processor = StreamProcessor(configuration: .init(zones: [square, circle]))
        let events = processor.process(Traffic.location("drone-001", centre, at: 0))
        #expect(events.count == 2)
        #expect(Set(events.compactMap { $0.alert?.alertID }).count == 2)
    }
}
