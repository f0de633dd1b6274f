import CRdKafka
import FlightDeckCore

/// Reads messages from every partition of the given topics.
///
/// Without a group it assigns partitions itself and commits nothing: the console needs no consumer
/// group, and never waits for a group join. `poll` is meant for one thread at a time.
public final class Consumer: @unchecked Sendable {
    public static let defaults: [String: String] = [
        "enable.auto.commit": "false",
        "enable.partition.eof": "false",
        // Prefetch is bounded by bytes: at most 64 MiB queued plus one fetch response (8 MiB) per broker in flight,
        // however far behind the reader is. librdkafka 2.0.2 stops fetching for a fixed second whenever a queue
        // threshold is crossed, so the queue must hold about a second of reading or the reader idles: 16 MiB
        // ran dry in 0.2 s and halved ingest. The message-count threshold is raised so the byte cap alone decides.
        "queued.max.messages.kbytes": "65536",
        "queued.min.messages": "1000000",
        "fetch.max.bytes": "8388608",
    ]

    let handle: ClientHandle
    private let properties: KafkaProperties
    private var topicNames: [OpaquePointer: String] = [:]

    public init(properties: KafkaProperties, onEvent: @escaping ClientEventHandler = { _ in }) throws(KafkaError) {
        var properties = properties.forConsumer().withDefaults(Self.defaults)
        if properties["group.id"] == nil {
            properties["group.id"] = "flightdeck-reader"
        }
        self.properties = properties
        // The client's errors and logs stay on their own queue, served by `poll` ahead of messages: on the consumer's
        // queue (rd_kafka_poll_set_consumer) "all brokers down" would wait behind up to 64 MiB of prefetched messages.
        handle = try ClientHandle(kind: RD_KAFKA_CONSUMER, properties: properties, context: CallbackContext(onEvent: onEvent))
    }

    deinit {
        rd_kafka_consumer_close(handle.pointer)
    }

    /// Assigns every partition of `topics` that exists, starting at `start`; returns the assignment.
    @discardableResult
    public func assign(topics: [String], from start: StartPosition, timeoutMilliseconds: Int32 = 10_000) throws(KafkaError) -> [TopicPartitionOffset] {
        var partitions = try partitions(of: topics, timeoutMilliseconds: timeoutMilliseconds)
        switch start {
        case .beginning:
            partitions = partitions.map { TopicPartitionOffset(topic: $0.topic, partition: $0.partition, offset: Int64(RD_KAFKA_OFFSET_BEGINNING)) }
        case .end:
            // The end as it is now, not as it is when the first fetch starts: nothing produced after this call is missed.
            partitions = try partitions.map { partition throws(KafkaError) in
                var located = partition
                located.offset = try handle.watermarks(topic: partition.topic, partition: partition.partition,
                                                       timeoutMilliseconds: timeoutMilliseconds).high
                return located
            }
        case .time(let time):
            let locator = try OffsetLocator(properties: properties)
            partitions = try partitions.map { partition throws(KafkaError) in
                var located = partition
                located.offset = try locator.firstOffset(atOrAfter: time, topic: partition.topic, partition: partition.partition, timeoutMilliseconds: timeoutMilliseconds)
                return located
            }
        }
        try assign(exactly: partitions)
        return partitions
    }

    /// Every partition of `topics` that exists.
    func partitions(of topics: [String], timeoutMilliseconds: Int32) throws(KafkaError) -> [TopicPartitionOffset] {
        let counts = try handle.metadata(timeoutMilliseconds: timeoutMilliseconds).partitionCounts
        return topics.sorted().flatMap { topic in
            (0..<(counts[topic] ?? 0)).map { TopicPartitionOffset(topic: topic, partition: $0, offset: Int64(RD_KAFKA_OFFSET_INVALID)) }
        }
    }

    /// Joins the consumer group named in `group.id` and lets it balance `topics` (offsets are committed).
    public func subscribe(topics: [String]) throws(KafkaError) {
        let list = TopicPartitionList(topics.map { TopicPartitionOffset(topic: $0, partition: RD_KAFKA_PARTITION_UA, offset: 0) })
        let code = rd_kafka_subscribe(handle.pointer, list.pointer)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .assignment(KafkaError.reason(code)) }
    }

    /// Commits these offsets for the consumer's group and waits for the broker's answer.
    public func commit(_ offsets: [TopicPartitionOffset]) throws(KafkaError) {
        let list = TopicPartitionList(offsets)
        let code = rd_kafka_commit(handle.pointer, list.pointer, 0)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .offsets("commit: \(KafkaError.reason(code))") }
    }

    /// Waits up to `timeoutMilliseconds` for one message and hands it to `body`.
    /// Returns false when none came; partition-level errors are reported, not thrown, since librdkafka retries them.
    /// A poll that may wait first serves the client's own events: a reader polls so once per batch.
    @discardableResult
    public func poll(timeoutMilliseconds: Int32, onError: (KafkaError) -> Void = { _ in }, _ body: (ConsumedRecord) -> Void) -> Bool {
        if timeoutMilliseconds > 0 { rd_kafka_poll(handle.pointer, 0) }
        guard let message = rd_kafka_consumer_poll(handle.pointer, timeoutMilliseconds) else { return false }
        defer { rd_kafka_message_destroy(message) }
        let m = message.pointee
        guard m.err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            onError(.delivery(KafkaError.reason(m.err)))
            return false
        }
        var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let timestamp = rd_kafka_message_timestamp(message, &timestampType)
        let record = ConsumedRecord(
            topic: topicName(m.rkt),
            partition: m.partition,
            offset: m.offset,
            key: m.key.map { UnsafeRawBufferPointer(start: $0, count: m.key_len) },
            value: UnsafeRawBufferPointer(start: m.payload, count: m.payload == nil ? 0 : m.len),
            timestampMilliseconds: timestampType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? nil : timestamp
        )
        body(record)
        return true
    }

    /// Low and high watermarks of one partition, asked of its leader.
    public func watermarks(topic: String, partition: Int32, timeoutMilliseconds: Int32 = 5000) throws(KafkaError) -> (low: Int64, high: Int64) {
        try handle.watermarks(topic: topic, partition: partition, timeoutMilliseconds: timeoutMilliseconds)
    }

    /// Asks the cluster for its metadata: succeeds only when a broker answers. `allTopics: false` describes only
    /// the topics this consumer reads.
    public func metadata(timeoutMilliseconds: Int32, allTopics: Bool = true) throws(KafkaError) -> ClusterMetadata {
        try handle.metadata(timeoutMilliseconds: timeoutMilliseconds, allTopics: allTopics)
    }

    private func topicName(_ rkt: OpaquePointer?) -> String {
        guard let rkt else { return "" }
        if let name = topicNames[rkt] { return name }
        let name = String(cString: rd_kafka_topic_name(rkt))
        topicNames[rkt] = name
        return name
    }
}
