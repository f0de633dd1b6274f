import FlightDeckCore

/// Reads when the message at an offset was written, for lag in time: its event's own timestamp where it decodes
/// (and is not implausibly far ahead of Kafka's), else the timestamp Kafka stamped on it.
final class MessageTimeReader {
    private let probe: Consumer
    private let decoder = EventDecoder()

    init(properties: KafkaProperties) throws(KafkaError) {
        var properties = properties
        properties["group.id"] = "flightdeck-lag-probe"
        // One message that is already there: a fetch need not wait for more.
        properties["fetch.wait.max.ms"] = "10"
        probe = try Consumer(properties: properties)
    }

    /// The time of the message at `position`; nil when it cannot be read within the timeout.
    func time(at position: TopicPartitionOffset, timeoutMilliseconds: Int32) -> Timestamp? {
        let read = try? probe.firstRecord(from: position, timeoutMilliseconds: timeoutMilliseconds) { record -> Timestamp? in
            let kafkaTime = record.timestampMilliseconds.map(Timestamp.init(millisecondsSinceEpoch:))
            guard let event = try? decoder.decode(record.value),
                  (try? ClockSkewBound.standard.check(event, messageTime: kafkaTime)) != nil else { return kafkaTime }
            return event.timestamp
        }
        return read ?? nil
    }
}
