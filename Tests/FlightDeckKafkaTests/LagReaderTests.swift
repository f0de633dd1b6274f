import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

@Suite("Consumer lag")
struct LagReaderTests {
    @Test("a group's lag is the end offset minus what it committed, per partition and in sum")
    func committedGroupLag() throws {
        let cluster = try TestCluster(partitions: 2)
        let producer = try cluster.producer()
        for index in 0..<30 {
            try producer.send(topic: Topic.droneEvents.rawValue, key: Array("drone-\(index % 5)".utf8), value: Array("x\(index)".utf8))
        }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)

        let member = try cluster.consumer(["group.id": "alert-service"])
        let ends = try (0..<2).map { try member.watermarks(topic: Topic.droneEvents.rawValue, partition: Int32($0)).high }
        #expect(ends.reduce(0, +) == 30)
        try member.commit([TopicPartitionOffset(topic: Topic.droneEvents.rawValue, partition: 0, offset: min(4, ends[0])),
                           TopicPartitionOffset(topic: Topic.droneEvents.rawValue, partition: 1, offset: min(6, ends[1]))])

        let reading = try LagReader(properties: cluster.properties()).lag(of: "alert-service", topics: [Topic.droneEvents.rawValue])
        #expect(reading.partitions.map(\.end) == ends)
        #expect(reading.partitions.map(\.committed) == [min(4, ends[0]), min(6, ends[1])])
        #expect(reading.totalLag == 30 - min(4, ends[0]) - min(6, ends[1]))

        let stranger = try LagReader(properties: cluster.properties()).lag(of: "never-committed", topics: [Topic.droneEvents.rawValue])
        #expect(stranger.partitions.allSatisfy { $0.committed == nil && $0.lag == nil })
        #expect(stranger.totalLag == 0)
    }

    @Test("a lagging partition reports when its oldest unhandled message was written, from the event's own time")
    func committedMessageTime() throws {
        let cluster = try TestCluster(partitions: 1)
        let producer = try cluster.producer()
        let written = Timestamp(millisecondsSinceEpoch: Int64(Date().timeIntervalSince1970 * 1000) - 600_000)
        let events = (0..<10).map { index in
            Event(id: "old-\(index)", type: .droneTelemetry, source: "test", timestamp: written.adding(milliseconds: Int64(index) * 1000),
                  payload: .telemetry(DroneTelemetry(droneID: "drone-1", battery: 90)))
        }
        for event in events { try producer.send(event) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        let member = try cluster.consumer(["group.id": "alert-service"])
        try member.commit([TopicPartitionOffset(topic: Topic.droneEvents.rawValue, partition: 0, offset: 4)])

        let reader = LagReader(properties: cluster.properties())
        let reading = try reader.lag(of: "alert-service", topics: [Topic.droneEvents.rawValue])
        #expect(reading.partitions.first?.committedMessageTime == events[4].timestamp)

        try member.commit([TopicPartitionOffset(topic: Topic.droneEvents.rawValue, partition: 0, offset: 10)])
        let caughtUp = try reader.lag(of: "alert-service", topics: [Topic.droneEvents.rawValue])
        #expect(caughtUp.partitions.first?.committedMessageTime == nil)
    }

    @Test("a reader that assigned its own partitions reports its lag from its positions")
    func readerLag() throws {
        let cluster = try TestCluster(partitions: 1)
        let producer = try cluster.producer()
        for event in SampleEvents.telemetry(drones: 4, perDrone: 5) { try producer.send(event) }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        let reader = try cluster.consumer()
        try reader.assign(topics: [Topic.droneEvents.rawValue], from: .beginning)
        let batch = cluster.read(20, from: reader)
        #expect(batch.events.count == 20)
        let lag = try LagReader.lag(of: reader, named: "console")
        #expect(lag.partitions.count == 1)
        #expect(lag.partitions.first?.committed == 20)
        #expect(lag.totalLag == 0)
    }
}
