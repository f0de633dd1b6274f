/// One message as the consumer hands it over. Its buffers are valid only inside the handler it is passed to.
public struct ConsumedRecord {
    public let topic: String
    public let partition: Int32
    public let offset: Int64
    public let key: UnsafeRawBufferPointer?
    public let value: UnsafeRawBufferPointer
    /// The broker's timestamp in milliseconds since the epoch, when the message has one.
    public let timestampMilliseconds: Int64?
}

/// A partition of a topic and a position in it.
public struct TopicPartitionOffset: Hashable, Sendable, CustomStringConvertible {
    public var topic: String
    public var partition: Int32
    public var offset: Int64

    public init(topic: String, partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }

    public var description: String { "\(topic)[\(partition)]@\(offset)" }
}
