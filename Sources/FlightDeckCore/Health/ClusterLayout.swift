/// The brokers, topics and partitions a cluster's metadata describes.
public struct ClusterLayout: Hashable, Sendable {
    public var brokers: [BrokerAddress]
    public var topics: [TopicLayout]

    public init(brokers: [BrokerAddress], topics: [TopicLayout]) {
        self.brokers = brokers
        self.topics = topics
    }
}

public struct BrokerAddress: Hashable, Sendable {
    public var id: Int32
    public var host: String
    public var port: Int32

    public init(id: Int32, host: String, port: Int32) {
        self.id = id
        self.host = host
        self.port = port
    }

    public var address: String { "\(host):\(port)" }
}

public struct TopicLayout: Hashable, Sendable {
    public var name: String
    public var partitions: [PartitionLayout]
    /// The broker's error for the whole topic, if any.
    public var error: String?

    public init(name: String, partitions: [PartitionLayout], error: String? = nil) {
        self.name = name
        self.partitions = partitions
        self.error = error
    }
}

public struct PartitionLayout: Hashable, Sendable {
    public var id: Int32
    /// The leading broker's id; −1 when the partition has none.
    public var leader: Int32
    public var replicas: [Int32]
    public var inSyncReplicas: [Int32]

    public init(id: Int32, leader: Int32, replicas: [Int32], inSyncReplicas: [Int32]) {
        self.id = id
        self.leader = leader
        self.replicas = replicas
        self.inSyncReplicas = inSyncReplicas
    }
}
