/// Where the cluster stored a produced message.
public typealias DeliveryReceipt = TopicPartitionOffset

/// The outcome of one produced message, from librdkafka's delivery report.
public typealias DeliveryResult = Result<DeliveryReceipt, KafkaError>
