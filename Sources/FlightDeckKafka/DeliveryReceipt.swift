/// Where the cluster stored a produced message.
public struct DeliveryReceipt: Hashable, Sendable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64

    public init(topic: String, partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }
}

/// The outcome of one produced message, from librdkafka's delivery report.
public typealias DeliveryResult = Result<DeliveryReceipt, KafkaError>
