import CRdKafka
import FlightDeckCore

/// Finds the first offset at or after a time in one partition.
///
/// Asks the broker first (ListOffsets by time). Where the broker answers "none" (−1) although the
/// partition holds messages, as librdkafka's mock cluster always does, it binary-searches the
/// partition's offsets, reading one message's timestamp per probe: that works on any broker.
final class OffsetLocator {
    private let probe: Consumer

    init(properties: KafkaProperties) throws(KafkaError) {
        var properties = properties
        properties["group.id"] = "flightdeck-offset-locator"
        // Each probe reads one message that is already there: a fetch need not wait for more. The mock
        // cluster answers a fetch only when this wait runs out, so the default 500 ms made a time search
        // over 24 partitions take minutes.
        properties["fetch.wait.max.ms"] = "10"
        probe = try Consumer(properties: properties)
    }

    func firstOffset(atOrAfter time: Timestamp, topic: String, partition: Int32, timeoutMilliseconds: Int32) throws(KafkaError) -> Int64 {
        if let offset = try brokerOffset(atOrAfter: time, topic: topic, partition: partition, timeoutMilliseconds: timeoutMilliseconds) {
            return offset
        }
        let (low, high) = try probe.watermarks(topic: topic, partition: partition, timeoutMilliseconds: timeoutMilliseconds)
        guard high > low else { return high }
        var lower = low
        var upper = high - 1
        guard try timestamp(at: upper, topic: topic, partition: partition, timeoutMilliseconds: timeoutMilliseconds) >= time else {
            return high
        }
        while lower < upper {
            let middle = lower + (upper - lower) / 2
            if try timestamp(at: middle, topic: topic, partition: partition, timeoutMilliseconds: timeoutMilliseconds) < time {
                lower = middle + 1
            } else {
                upper = middle
            }
        }
        return lower
    }

    /// The broker's answer, or nil when it found nothing at or after `time`.
    private func brokerOffset(atOrAfter time: Timestamp, topic: String, partition: Int32, timeoutMilliseconds: Int32) throws(KafkaError) -> Int64? {
        let list = TopicPartitionList([TopicPartitionOffset(topic: topic, partition: partition, offset: time.millisecondsSinceEpoch)])
        let code = rd_kafka_offsets_for_times(probe.handle.pointer, list.pointer, timeoutMilliseconds)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .offsets(KafkaError.reason(code)) }
        guard let answer = list.elements.first, answer.error == RD_KAFKA_RESP_ERR_NO_ERROR, answer.partition.offset >= 0 else {
            return nil
        }
        return answer.partition.offset
    }

    /// The timestamp of the message at `offset` (or the next one that still exists).
    private func timestamp(at offset: Int64, topic: String, partition: Int32, timeoutMilliseconds: Int32) throws(KafkaError) -> Timestamp {
        let milliseconds = try probe.firstRecord(from: TopicPartitionOffset(topic: topic, partition: partition, offset: offset),
                                                 timeoutMilliseconds: timeoutMilliseconds) { $0.timestampMilliseconds ?? 0 }
        return Timestamp(millisecondsSinceEpoch: milliseconds)
    }
}

extension Consumer {
    /// Reads the message at `position` (or the next one that still exists) and returns what `read` makes of it.
    /// Reassigns this consumer to that one partition: for a consumer kept for such probes.
    func firstRecord<Value>(from position: TopicPartitionOffset, timeoutMilliseconds: Int32,
                            _ read: (ConsumedRecord) -> Value) throws(KafkaError) -> Value {
        try assign(exactly: [position])
        var remaining = timeoutMilliseconds
        while remaining > 0 {
            var found: Value?
            poll(timeoutMilliseconds: 50) { record in
                if record.topic == position.topic && record.partition == position.partition && record.offset >= position.offset {
                    found = read(record)
                }
            }
            if let found { return found }
            remaining -= 50
        }
        throw .offsets("no message readable at \(position)")
    }

    /// Assigns exactly these partitions at these absolute offsets.
    public func assign(exactly partitions: [TopicPartitionOffset]) throws(KafkaError) {
        let list = TopicPartitionList(partitions)
        let code = rd_kafka_assign(handle.pointer, list.pointer)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .assignment(KafkaError.reason(code)) }
    }
}
