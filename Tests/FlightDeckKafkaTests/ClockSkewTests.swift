import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

@Suite("Event times far ahead of Kafka's", .serialized)
struct ClockSkewTests {
    @Test("an event dated 9999 is refused as a decode failure with its reason, and the drone's later events still apply")
    func farFutureDoesNotPin() throws {
        let cluster = try TestCluster(partitions: 1)
        let producer = try cluster.producer()
        let now = Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970)
        let hostile = Event(id: "from-9999", type: .droneTelemetry, source: "test",
                            timestamp: Timestamp(iso8601: "9999-12-31T23:59:59Z")!,
                            payload: .telemetry(DroneTelemetry(droneID: "drone-7", battery: 1)))
        let truths = (1...3).map { step in
            Event(id: "truth-\(step)", type: .droneTelemetry, source: "test", timestamp: now.adding(milliseconds: Int64(step) * 1000),
                  payload: .telemetry(DroneTelemetry(droneID: "drone-7", battery: Double(90 - step))))
        }
        for event in [hostile] + truths { try producer.send(event) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)

        let consumer = try cluster.consumer()
        try consumer.assign(topics: [Topic.droneEvents.rawValue], from: .beginning)
        let batch = cluster.read(4, from: consumer)
        #expect(batch.events.map(\.id) == truths.map(\.id))
        #expect(batch.failures.count == 1)
        #expect(batch.failures.first?.offset == 0)
        #expect(batch.failures.first?.description.contains("ahead of its Kafka message") == true)

        var fleet = FleetState()
        batch.events.forEach { fleet.apply($0) }
        #expect(fleet.drones["drone-7"]?.battery == 87)
        #expect(fleet.counters.outOfOrder == 0)
    }
}
