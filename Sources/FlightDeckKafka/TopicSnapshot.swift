import FlightDeckCore
import Foundation

/// A topic read from a start up to each partition's end as it was when the read began, without joining a group:
/// for a restarted processor reading back what it published, and for checks that count what arrived.
public enum TopicSnapshot {
    /// Hands every event from `start` to the ends to `body`, in each partition's order.
    public static func read(properties: KafkaProperties, topic: String, from start: StartPosition = .beginning,
                            seconds: Double = 10, _ body: (Event) -> Void) throws(KafkaError) {
        let consumer = try Consumer(properties: properties)
        var remaining: [Int32: Int64] = [:]
        for partition in try consumer.assign(topics: [topic], from: start) {
            let (low, high) = try consumer.watermarks(topic: partition.topic, partition: partition.partition)
            if high > max(low, partition.offset) { remaining[partition.partition] = high }
        }
        let reader = EventReader(consumer: consumer)
        let deadline = Date().addingTimeInterval(seconds)
        while !remaining.isEmpty {
            guard Date() < deadline else { throw .offsets("\(topic) not read to its end within \(Int(seconds)) s") }
            let batch = reader.readBatch(maxWaitMilliseconds: 100)
            batch.events.forEach(body)
            for position in batch.nextOffsets where position.offset >= remaining[position.partition] ?? .max {
                remaining[position.partition] = nil
            }
        }
    }

    /// Every event the topic holds now.
    public static func events(properties: KafkaProperties, topic: String, seconds: Double = 10) throws(KafkaError) -> [Event] {
        var events: [Event] = []
        try read(properties: properties, topic: topic, seconds: seconds) { events.append($0) }
        return events
    }
}
