import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Reads the alert topic from `start` up to its end as it is now, folding it into the alerts the stream
/// processor raised and left open: a restarted processor takes those over instead of raising them again.
enum AlertHistory {
    static func read(properties: KafkaProperties, topic: String, from start: StartPosition, seconds: Double = 60) throws(ProcessingError) -> OpenAlertLog {
        var log = OpenAlertLog()
        do {
            let consumer = try Consumer(properties: properties)
            let assigned = try consumer.assign(topics: [topic], from: start)
            var remaining: [String: Int64] = [:]
            for partition in assigned {
                let (low, high) = try consumer.watermarks(topic: partition.topic, partition: partition.partition)
                if high > max(low, partition.offset) { remaining["\(partition.partition)"] = high }
            }
            let reader = EventReader(consumer: consumer)
            let deadline = Date().addingTimeInterval(seconds)
            while !remaining.isEmpty {
                guard Date() < deadline else { throw ProcessingError.restore("\(topic) not read to its end within \(Int(seconds)) s") }
                let batch = reader.readBatch(maxWaitMilliseconds: 100)
                batch.events.forEach { log.apply($0) }
                for position in batch.nextOffsets where position.offset >= remaining["\(position.partition)"] ?? .max {
                    remaining["\(position.partition)"] = nil
                }
            }
        } catch let error as ProcessingError {
            throw error
        } catch {
            throw .restore("\(error)")
        }
        return log
    }
}
