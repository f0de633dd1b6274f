import FlightDeckCore
import Testing

@Suite("Recognising redelivered events within the remembered window")
struct DuplicateWindowTests {
    static func event(_ id: String, second: Int64) -> Event {
        Event(id: id, type: .droneTelemetry, source: "t", timestamp: Fixtures.start.adding(milliseconds: second * 1000),
              payload: .telemetry(DroneTelemetry(droneID: "drone-1", battery: 50)))
    }

    @Test("matches a plain set-and-queue model over a long random run with eviction")
    func matchesReferenceModel() {
        let capacity = 50
        var fleet = FleetState(limits: FleetLimits(rememberedEventIDs: capacity))
        var members: Set<String> = []
        var order: [String] = []
        var generator = SeededGenerator(seed: 99)
        var duplicates = 0
        for step in 0..<20_000 {
            // Ids drawn from a pool about three windows wide: many repeats, inside and outside the window.
            let id = "event-\(generator.next() % 150)"
            let expectedDuplicate = members.contains(id)
            let outcome = fleet.apply(Self.event(id, second: Int64(step)))
            #expect((outcome == .duplicate) == expectedDuplicate, "step \(step), id \(id)")
            if expectedDuplicate {
                duplicates += 1
            } else {
                members.insert(id)
                order.append(id)
                if order.count > capacity { members.remove(order.removeFirst()) }
            }
        }
        #expect(duplicates > 1_000 && duplicates < 19_000)
        #expect(fleet.counters.duplicates == duplicates)
    }

    @Test("an id is forgotten exactly when the window has moved past it")
    func forgetsOldest() {
        var fleet = FleetState(limits: FleetLimits(rememberedEventIDs: 3))
        for (second, id) in ["a", "b", "c", "d"].enumerated() {
            #expect(fleet.apply(Self.event(id, second: Int64(second))) == .applied)
        }
        #expect(fleet.apply(Self.event("b", second: 10)) == .duplicate)
        #expect(fleet.apply(Self.event("a", second: 11)) == .applied)
        #expect(fleet.apply(Self.event("c", second: 12)) == .duplicate)
        #expect(fleet.apply(Self.event("e", second: 13)) == .applied)
        #expect(fleet.apply(Self.event("c", second: 14)) == .applied)
    }

    @Test("every category is read from its prefix, and unknown prefixes are other")
    func categories() {
        for category in EventCategory.allCases where category != .other {
            #expect(EventType("\(category.rawValue).anything").category == category)
            #expect(EventType(category.rawValue).category == category)
        }
        #expect(EventType("drones.status").category == .other)
        #expect(EventType("dron.status").category == .other)
        #expect(EventType("other.thing").category == .other)
        #expect(EventType("").category == .other)
    }
}
