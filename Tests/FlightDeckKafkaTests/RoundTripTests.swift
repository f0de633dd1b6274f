import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

@Suite("Produce and consume on the embedded cluster", .serialized)
struct RoundTripTests {
    @Test("10,000 events over 200 drones arrive complete, in per-drone order, and fold into the right fleet")
    func tenThousandEvents() throws {
        let cluster = try TestCluster()
        let producer = try cluster.producer()
        let recorder = DeliveryRecorder()
        let events = SampleEvents.telemetry(drones: 200, perDrone: 50)
        for event in events {
            try producer.send(event, completion: recorder.completion)
        }
        let reports = recorder.wait(for: events.count)
        #expect(reports.count == events.count)
        #expect(reports.allSatisfy { if case .success = $0 { true } else { false } })

        let consumer = try cluster.consumer()
        try consumer.assign(topics: Topic.eventTopics.map(\.rawValue), from: .beginning)
        let batch = cluster.read(events.count, from: consumer)
        #expect(batch.failures.isEmpty)
        #expect(batch.events.count == events.count)
        #expect(Set(batch.events.map(\.id)) == Set(events.map(\.id)))

        var lastBattery: [String: Double] = [:]
        var orderViolations = 0
        for event in batch.events {
            guard case .telemetry(let telemetry) = event.payload, let battery = telemetry.battery else { continue }
            if let previous = lastBattery[telemetry.droneID], battery >= previous { orderViolations += 1 }
            lastBattery[telemetry.droneID] = battery
        }
        #expect(orderViolations == 0)

        var fleet = FleetState()
        batch.events.forEach { fleet.apply($0) }
        #expect(fleet.drones.count == 200)
        #expect(fleet.drones.values.allSatisfy { $0.battery == 51 })
        #expect(fleet.drones["drone-007"]?.location?.longitude == 114.007)
        #expect(fleet.drones["drone-007"]?.lastSeen == SampleEvents.start.adding(milliseconds: 49_000))
    }

    @Test("a reader started at the end sees only what is produced afterwards")
    func startAtEnd() throws {
        let cluster = try TestCluster()
        let producer = try cluster.producer()
        let before = SampleEvents.telemetry(drones: 5, perDrone: 2)
        before.forEach { try? producer.send($0) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)

        let consumer = try cluster.consumer()
        try consumer.assign(topics: [Topic.droneEvents.rawValue], from: .end)
        _ = cluster.read(1, from: consumer, seconds: 1)
        let after = SampleEvents.telemetry(drones: 3, perDrone: 1).map { event in
            var event = event
            event.id = "after-" + event.id
            return event
        }
        after.forEach { try? producer.send($0) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        let batch = cluster.read(after.count, from: consumer)
        #expect(batch.events.map(\.id).sorted() == after.map(\.id).sorted())
    }

    @Test("a reader started at a time skips what came before, though the mock cannot look offsets up by time")
    func startAtTime() throws {
        let cluster = try TestCluster()
        let producer = try cluster.producer()
        let old = SampleEvents.telemetry(drones: 20, perDrone: 5)
        old.forEach { try? producer.send($0) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        Thread.sleep(forTimeInterval: 0.2)
        let cut = Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970)
        Thread.sleep(forTimeInterval: 0.2)
        let new = old.prefix(30).map { event in
            var event = event
            event.id = "new-" + event.id
            return event
        }
        new.forEach { try? producer.send($0) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)

        let consumer = try cluster.consumer()
        try consumer.assign(topics: [Topic.droneEvents.rawValue], from: .time(cut))
        let batch = cluster.read(new.count + 1, from: consumer, seconds: 3)
        #expect(batch.events.map(\.id).sorted() == new.map(\.id).sorted())
    }

    @Test("a message that cannot be delivered ends in a failed delivery report with librdkafka's reason")
    func deliveryFailure() throws {
        let cluster = try TestCluster()
        for broker in 1...cluster.cluster.brokerCount {
            cluster.cluster.setBroker(broker, up: false)
        }
        let producer = try cluster.producer(["message.timeout.ms": "1500"])
        let recorder = DeliveryRecorder()
        try producer.send(SampleEvents.telemetry(drones: 1, perDrone: 1)[0], completion: recorder.completion)
        let reports = recorder.wait(for: 1, seconds: 15)
        #expect(reports.count == 1)
        guard case .failure(let error) = reports.first else {
            Issue.record("expected a failed delivery, got \(reports)")
            return
        }
        #expect(error.description.contains("timed out"))
        #expect(producer.currentStatistics.failed == 1)
    }

    @Test("undecodable messages are counted with their position, the rest still arrive")
    func decodeFailuresAreReported() throws {
        let cluster = try TestCluster(partitions: 1)
        let producer = try cluster.producer()
        try producer.send(topic: Topic.droneEvents.rawValue, key: nil, value: Array("{not json".utf8))
        try producer.send(SampleEvents.telemetry(drones: 1, perDrone: 1)[0])
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        let consumer = try cluster.consumer()
        try consumer.assign(topics: [Topic.droneEvents.rawValue], from: .beginning)
        let batch = cluster.read(2, from: consumer)
        #expect(batch.events.count == 1)
        #expect(batch.failures.count == 1)
        #expect(batch.failures.first?.topic == Topic.droneEvents.rawValue)
        #expect(batch.failures.first?.offset == 0)
    }
}
