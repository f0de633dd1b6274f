import FlightDeckCore
import FlightDeckKafka

/// The cluster a benchmark runs on: the embedded mock cluster, started here with the system's topics,
/// or a cluster given with `--brokers`.
public final class BenchCluster: Sendable {
    /// Bootstrap servers and any `-X` properties; every client of the benchmark starts from these.
    public let properties: KafkaProperties
    private let embedded: EmbeddedCluster?

    /// Starts the embedded cluster with the eight system topics of `partitions` partitions each;
    /// `properties` (`-X`) are given to every client, as on a real cluster.
    public static func embedded(partitions: Int32, properties: KafkaProperties = KafkaProperties()) throws(KafkaError) -> BenchCluster {
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: partitions)
        var properties = properties
        properties["bootstrap.servers"] = cluster.bootstrapServers
        return BenchCluster(properties: properties, embedded: cluster)
    }

    /// A running cluster; its topics must exist (create them with `flightdeck topics`).
    public static func external(properties: KafkaProperties) -> BenchCluster {
        BenchCluster(properties: properties, embedded: nil)
    }

    private init(properties: KafkaProperties, embedded: EmbeddedCluster?) {
        self.properties = properties
        self.embedded = embedded
    }

    public var isEmbedded: Bool { embedded != nil }

    public var bootstrapServers: String { properties["bootstrap.servers"] ?? "" }

    /// Producer settings: the mock needs a little linger, a real cluster is left to its defaults.
    var producerProperties: KafkaProperties {
        isEmbedded ? properties.withDefaults(EmbeddedCluster.producerTuning) : properties
    }

    /// Settings for the producers of commands and their answers: on the mock, a shorter linger than bulk traffic.
    var commandProducerProperties: KafkaProperties {
        isEmbedded ? properties.withDefaults(EmbeddedCluster.commandProducerTuning) : properties
    }

    /// Consumer settings: the mock answers a fetch only when `fetch.wait.max.ms` runs out, so it is kept short there.
    var consumerProperties: KafkaProperties {
        isEmbedded ? properties.withDefaults(EmbeddedCluster.consumerTuning) : properties
    }

    /// The system's topics: the seven event topics and `drone-commands`.
    static let topics = Topic.allCases.map(\.rawValue)
}

/// Every partition of the system's topics with the offsets it holds, to tell how many messages a cluster keeps.
struct TopicHoldings: Sendable {
    var partitions: [TopicPartitionOffset: (low: Int64, high: Int64)] = [:]

    init(asking consumer: Consumer) throws(KafkaError) {
        let counts = try consumer.metadata(timeoutMilliseconds: 10_000).partitionCounts
        for topic in BenchCluster.topics {
            for partition in 0..<(counts[topic] ?? 0) {
                partitions[TopicPartitionOffset(topic: topic, partition: partition, offset: 0)] =
                    try consumer.watermarks(topic: topic, partition: partition)
            }
        }
    }

    /// Messages the partitions hold between their low and high watermarks.
    var messageCount: Int {
        partitions.values.reduce(0) { $0 + Int($1.high - $1.low) }
    }

    /// Messages ever written to the partitions: grows with every produce, whatever the retention.
    var producedCount: Int {
        partitions.values.reduce(0) { $0 + Int($1.high) }
    }

    /// The most partitions any one topic has.
    var partitionsPerTopic: Int32 {
        Int32(Dictionary(grouping: partitions.keys, by: \.topic).values.map(\.count).max() ?? 0)
    }
}
