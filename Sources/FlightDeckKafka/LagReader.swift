import CRdKafka
import FlightDeckCore

/// Reads consumer groups' committed offsets and the partitions' end offsets: the same numbers as
/// `kafka-consumer-groups --describe`, without the group-listing calls the mock cluster lacks.
public final class LagReader: @unchecked Sendable {
    private let properties: KafkaProperties
    /// One client per group: committed offsets are asked for under the group's id. Used from one thread.
    private var clients: [String: Consumer] = [:]
    private var messageTimes: MessageTimeReader?
    /// Lagging partitions per group whose oldest unhandled message is read for lag in time, at most.
    public static let timedPartitionsPerGroup = 32

    public init(properties: KafkaProperties) {
        self.properties = properties
    }

    public func lag(of group: String, topics: [String], timeoutMilliseconds: Int32 = 5000) throws(KafkaError) -> GroupLag {
        let client = try client(for: group)
        let partitions = try client.partitions(of: topics, timeoutMilliseconds: timeoutMilliseconds)
        let committed = try client.committedOffsets(of: partitions, timeoutMilliseconds: timeoutMilliseconds)
        var lags = try Self.lags(of: committed, asking: client, timeoutMilliseconds: timeoutMilliseconds)
        timeOldestUnhandled(in: &lags)
        return GroupLag(group: group, partitions: lags)
    }

    /// Reads when each lagging partition's oldest unhandled message was written. The first message that cannot be
    /// read within half a second ends the round: the cluster is slow or away, and the lag pane must not wait on it.
    private func timeOldestUnhandled(in lags: inout [PartitionLag]) {
        if messageTimes == nil { messageTimes = try? MessageTimeReader(properties: properties) }
        guard let messageTimes else { return }
        var asked = 0
        for index in lags.indices where asked < Self.timedPartitionsPerGroup {
            guard let committed = lags[index].committed, committed < lags[index].end else { continue }
            asked += 1
            let position = TopicPartitionOffset(topic: lags[index].topic, partition: lags[index].partition, offset: committed)
            guard let time = messageTimes.time(at: position, timeoutMilliseconds: 500) else { return }
            lags[index].committedMessageTime = time
        }
    }

    /// The lag of a reader that assigned partitions itself, from its own positions.
    public static func lag(of reader: Consumer, named name: String, timeoutMilliseconds: Int32 = 5000) throws(KafkaError) -> GroupLag {
        GroupLag(group: name, partitions: try lags(of: reader.positions(), asking: reader, timeoutMilliseconds: timeoutMilliseconds))
    }

    private static func lags(of offsets: [TopicPartitionOffset], asking client: Consumer, timeoutMilliseconds: Int32) throws(KafkaError) -> [PartitionLag] {
        try offsets.map { position throws(KafkaError) in
            let high = try client.watermarks(topic: position.topic, partition: position.partition, timeoutMilliseconds: timeoutMilliseconds).high
            return PartitionLag(topic: position.topic, partition: position.partition,
                                committed: position.offset >= 0 ? position.offset : nil, end: high)
        }
    }

    private func client(for group: String) throws(KafkaError) -> Consumer {
        if let existing = clients[group] { return existing }
        var properties = properties
        properties["group.id"] = group
        let client = try Consumer(properties: properties)
        clients[group] = client
        return client
    }
}

extension Consumer {
    /// The offsets this client's group has committed (−1001, librdkafka's "invalid", where none).
    func committedOffsets(of partitions: [TopicPartitionOffset], timeoutMilliseconds: Int32) throws(KafkaError) -> [TopicPartitionOffset] {
        let list = TopicPartitionList(partitions)
        let code = rd_kafka_committed(handle.pointer, list.pointer, timeoutMilliseconds)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .offsets(KafkaError.reason(code)) }
        return list.elements.map(\.partition)
    }

    /// Where this consumer will read next in each assigned partition.
    public func positions() throws(KafkaError) -> [TopicPartitionOffset] {
        var assignment: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        let code = rd_kafka_assignment(handle.pointer, &assignment)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR, let assignment else { throw .offsets(KafkaError.reason(code)) }
        let list = TopicPartitionList(owning: assignment)
        let positionCode = rd_kafka_position(handle.pointer, list.pointer)
        guard positionCode == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .offsets(KafkaError.reason(positionCode)) }
        return list.elements.map(\.partition)
    }
}
