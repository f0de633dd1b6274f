import FlightDeckCore
import FlightDeckKafka

/// Reads the alert topic from `start` up to its end as it is now, folding it into the alerts the stream
/// processor raised and left open: a restarted processor takes those over instead of raising them again.
enum AlertHistory {
    static func read(properties: KafkaProperties, topic: String, from start: StartPosition, seconds: Double = 60) throws(ProcessingError) -> OpenAlertLog {
        var log = OpenAlertLog()
        do {
            try TopicSnapshot.read(properties: properties, topic: topic, from: start, seconds: seconds) { log.apply($0) }
        } catch {
            throw .restore(error.description)
        }
        return log
    }
}
