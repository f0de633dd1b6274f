import FlightDeckCore
import Testing
@testable import FlightDeckBench

@Suite("The benchmark workload looks like the real feed")
struct WorkloadGeneratorTests {
    static let start = Timestamp(iso8601: "2025-08-03T08:00:00Z")!

    static func messages(_ count: Int, drones: Int = 500, seed: UInt64 = 7) -> [WorkloadMessage] {
        var generator = WorkloadGenerator(drones: drones, seed: seed)
        return (0..<count).map { generator.next(at: start.adding(milliseconds: Int64($0) * 3)) }
    }

    @Test func typeMixFollowsTheWeights() {
        let messages = Self.messages(40_000)
        func share(_ kinds: Set<WorkloadKind>) -> Double {
            Double(messages.count { kinds.contains($0.kind) }) / Double(messages.count)
        }
        #expect(abs(share([.location, .status]) - 0.55) < 0.015)
        #expect(abs(share([.telemetry]) - 0.25) < 0.015)
        #expect(abs(share([.taskProgress]) - 0.12) < 0.01)
        for kind in WorkloadKind.allCases {
            #expect(messages.contains { $0.kind == kind }, "no \(kind) message in 40,000")
        }
    }

    @Test func averageSizeIsAboutThatOfTheSeedEvents() {
        let messages = Self.messages(20_000)
        let average = Double(messages.reduce(0) { $0 + $1.bytes.count }) / Double(messages.count)
        #expect((270...310).contains(average), "average \(average) B")
    }

    @Test func everyMessageDecodesIntoWhatItSaysItIs() throws {
        let decoder = EventDecoder()
        for message in Self.messages(5_000) {
            let event = try decoder.decode(message.bytes)
            #expect(event.type == message.type)
            #expect(Topic.destination(of: event.type) == message.topic)
            #expect(event.droneID == message.key)
            #expect(event.payload != .unknown(droneID: event.droneID))
        }
    }

    @Test func textIsInTheSeedLayoutWithChineseText() {
        let texts = Self.messages(2_000).map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(texts.allSatisfy { $0.hasPrefix(#"{"id": ""#) && $0.contains(#"", "type": ""#) && $0.hasSuffix("}}") })
        let chinese = texts.count { text in text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        #expect(chinese > 100, "only \(chinese) of 2,000 messages carry Chinese text")
    }

    @Test func droneEventsNeverGoBackInTimeAndCoverTheFleet() throws {
        let decoder = EventDecoder()
        var lastSeen: [String: Timestamp] = [:]
        for message in Self.messages(10_000, drones: 50) {
            let event = try decoder.decode(message.bytes)
            guard let drone = event.droneID else { continue }
            #expect(event.timestamp >= lastSeen[drone] ?? event.timestamp)
            lastSeen[drone] = event.timestamp
        }
        #expect(lastSeen.count == 50)
        #expect(lastSeen.keys.contains("drone-001") && lastSeen.keys.contains("drone-050"))
    }

    @Test func aFleetFedByItHasOneTaskPerDroneAndSomeOpenAlerts() throws {
        let decoder = EventDecoder()
        var fleet = FleetState()
        for message in Self.messages(30_000, drones: 100) {
            fleet.apply(try decoder.decode(message.bytes))
        }
        let activeTasks = fleet.tasks.values.count { $0.phase == .active }
        let openAlerts = fleet.alerts.values.count { $0.phase != .resolved }
        #expect(fleet.drones.count == 100)
        #expect((80...100).contains(activeTasks), "\(activeTasks) active tasks for 100 drones")
        #expect(fleet.tasks.values.contains { $0.phase == .completed } && fleet.tasks.values.contains { $0.phase == .failed })
        #expect((1...8).contains(openAlerts), "\(openAlerts) open alerts for 100 drones")
    }

    @Test func theSameSeedReplaysTheSameFeed() {
        #expect(Self.messages(500, seed: 3) == Self.messages(500, seed: 3))
        #expect(Self.messages(500, seed: 3) != Self.messages(500, seed: 4))
    }

    @Test func aGivenIDIsUsedVerbatim() throws {
        var generator = WorkloadGenerator(drones: 10)
        let message = generator.next(at: Self.start, id: "probe-1")
        #expect(try EventDecoder().decode(message.bytes).id == "probe-1")
    }

    @Test func droneIDsAreNamedLikeTheSimulatorNamesThem() {
        #expect(WorkloadGenerator(drones: 50).droneIDs.last == "drone-050")
        #expect(WorkloadGenerator(drones: 1_000).droneIDs.first == "drone-0001")
        #expect(WorkloadGenerator(drones: 10_000).droneIDs.last == "drone-10000")
    }
}
