import FlightDeckCore
import Foundation

/// Every event a topic holds now: read from the beginning up to each partition's end as it was when the
/// read began, without joining a group. For checks that count what arrived, such as "exactly once".
public enum TopicSnapshot {
    public static func events(properties: KafkaProperties, topic: String, seconds: Double = 10) throws(KafkaError) -> [Event] {
        let consumer = try Consumer(properties: properties)
        var remaining: [Int32: Int64] = [:]
        for partition in try consumer.assign(topics: [topic], from: .beginning) {
            let (low, high) = try consumer.watermarks(topic: partition.topic, partition: partition.partition)
            if high > low { remaining[partition.partition] = high }
        }
        let reader = EventReader(consumer: consumer)
        var events: [Event] = []
        let deadline = Date().addingTimeInterval(seconds)
        while !remaining.isEmpty {
            guard Date() < deadline else { throw .offsets("\(topic) not read to its end within \(seconds) s") }
            let batch = reader.readBatch(maxWaitMilliseconds: 100)
            events += batch.events
            for position in batch.nextOffsets where position.offset >= remaining[position.partition] ?? .max {
                remaining[position.partition] = nil
            }
        }
        return events
    }
}
