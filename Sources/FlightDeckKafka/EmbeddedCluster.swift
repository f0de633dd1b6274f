import CRdKafka
import FlightDeckCore

/// librdkafka's mock cluster, started in this process: real Kafka protocol on loopback ports,
/// so kcat and any other client can connect while this process runs.
public final class EmbeddedCluster: @unchecked Sendable {
    /// Client settings that suit the mock: it answers a fetch only when `fetch.wait.max.ms` runs out,
    /// and drowns in tiny produce requests without a little linger.
    public static let consumerTuning: [String: String] = ["fetch.wait.max.ms": "5"]
    public static let producerTuning: [String: String] = ["linger.ms": "5"]
    /// For producers of low-rate traffic whose latency is the point, operator commands and the drone side's
    /// answers: a command waits for no batch-mates, so each hop of its round trip loses 1 ms, not 5.
    public static let commandProducerTuning: [String: String] = ["linger.ms": "1"]

    private let owner: ClientHandle
    private let cluster: OpaquePointer
    /// `127.0.0.1:<port>,…`: fresh random ports each run.
    public let bootstrapServers: String
    public let brokerCount: Int32

    public init(brokers: Int32 = 3, onEvent: @escaping ClientEventHandler = { _ in }) throws(KafkaError) {
        owner = try ClientHandle(kind: RD_KAFKA_PRODUCER, properties: KafkaProperties(), context: CallbackContext(onEvent: onEvent))
        guard let cluster = rd_kafka_mock_cluster_new(owner.pointer, brokers) else {
            throw .clientCreation("the embedded mock cluster did not start")
        }
        self.cluster = cluster
        self.brokerCount = brokers
        bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
    }

    deinit {
        rd_kafka_mock_cluster_destroy(cluster)
    }

    public func createTopic(_ name: String, partitions: Int32, replicationFactor: Int32 = 1) throws(KafkaError) {
        let code = rd_kafka_mock_topic_create(cluster, name, partitions, replicationFactor)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw .topicCreation(topic: name, reason: KafkaError.reason(code))
        }
    }

    /// Takes a broker down (its listener refuses connections) or brings it back.
    public func setBroker(_ id: Int32, up: Bool) {
        if up {
            _ = rd_kafka_mock_broker_set_up(cluster, id)
        } else {
            _ = rd_kafka_mock_broker_set_down(cluster, id)
        }
    }

    /// Delays every response of a broker by `milliseconds`: a slow or distant broker.
    public func setRoundTripTime(broker id: Int32, milliseconds: Int32) {
        _ = rd_kafka_mock_broker_set_rtt(cluster, id, milliseconds)
    }

    /// Moves a partition's leadership; −1 leaves the partition without a leader.
    public func setLeader(topic: String, partition: Int32, broker: Int32) {
        _ = rd_kafka_mock_partition_set_leader(cluster, topic, partition, broker)
    }
}

extension EmbeddedCluster {
    /// Creates the drone system's eight topics with `partitions` partitions each.
    public func createSystemTopics(partitions: Int32) throws(KafkaError) {
        for topic in Topic.allCases {
            try createTopic(topic.rawValue, partitions: partitions)
        }
    }
}
