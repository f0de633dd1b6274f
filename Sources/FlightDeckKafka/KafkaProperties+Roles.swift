extension KafkaProperties {
    /// Properties librdkafka reads only in consumers (its CONFIGURATION.md scope "C").
    static let consumerOnly: Set<String> = [
        "group.id", "group.instance.id", "partition.assignment.strategy", "session.timeout.ms", "heartbeat.interval.ms",
        "max.poll.interval.ms", "enable.auto.commit", "auto.commit.interval.ms", "enable.auto.offset.store",
        "auto.offset.reset", "queued.min.messages", "queued.max.messages.kbytes", "fetch.wait.max.ms",
        "fetch.message.max.bytes", "fetch.max.bytes", "fetch.min.bytes", "fetch.error.backoff.ms", "isolation.level",
        "enable.partition.eof", "check.crcs",
    ]

    /// Properties librdkafka reads only in producers (scope "P").
    static let producerOnly: Set<String> = [
        "transactional.id", "enable.idempotence", "queue.buffering.max.messages", "queue.buffering.max.kbytes",
        "queue.buffering.max.ms", "linger.ms", "message.send.max.retries", "retries", "batch.num.messages",
        "batch.size", "compression.codec", "compression.type", "acks", "request.required.acks", "request.timeout.ms",
        "message.timeout.ms", "delivery.timeout.ms", "partitioner", "sticky.partitioning.linger.ms",
    ]

    /// These properties without the ones only the other kind of client reads. One `-X` set configures every
    /// client of a command; handing a producer a consumer's property makes librdkafka log a CONFWARN, which
    /// would land on the operator's status line.
    public func forConsumer() -> KafkaProperties {
        KafkaProperties(entries.filter { !Self.producerOnly.contains($0.key) })
    }

    public func forProducer() -> KafkaProperties {
        KafkaProperties(entries.filter { !Self.consumerOnly.contains($0.key) })
    }
}
