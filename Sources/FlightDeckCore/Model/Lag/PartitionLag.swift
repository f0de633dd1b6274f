/// One partition's offsets for one consumer group.
public struct PartitionLag: Hashable, Sendable {
    public var topic: String
    public var partition: Int32
    /// The group's committed offset, the next message it will read; nil when it has committed none here.
    public var committed: Int64?
    /// The partition's end offset (high watermark).
    public var end: Int64
    /// When the message at the committed offset, the oldest the group has not handled, was written: its event's
    /// own time where it decodes, else Kafka's. Nil when caught up or when it could not be read.
    public var committedMessageTime: Timestamp?

    public init(topic: String, partition: Int32, committed: Int64?, end: Int64, committedMessageTime: Timestamp? = nil) {
        self.topic = topic
        self.partition = partition
        self.committed = committed
        self.end = end
        self.committedMessageTime = committedMessageTime
    }

    public var topicPartition: TopicPartition { TopicPartition(topic: topic, partition: partition) }

    /// Messages the group is behind; nil without a committed offset.
    public var lag: Int64? {
        committed.map { max(0, end - $0) }
    }
}
