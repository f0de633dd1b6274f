/// What is wrong with a cluster, as kafka-ui's overview and the seed's `KafkaPartitionOffline` rule see it.
public struct ClusterHealth: Hashable, Sendable {
    public struct Broker: Hashable, Sendable {
        public var id: Int32
        /// host:port, or "unknown" for a broker only named as a replica.
        public var address: String
        public var isUp: Bool

        public init(id: Int32, address: String, isUp: Bool) {
            self.id = id
            self.address = address
            self.isUp = isUp
        }
    }

    /// A partition that cannot be read or written: no leader, or a leader that is down.
    public struct OfflinePartition: Hashable, Sendable {
        public var topic: String
        public var partition: Int32
        public var reason: String

        public init(topic: String, partition: Int32, reason: String) {
            self.topic = topic
            self.partition = partition
            self.reason = reason
        }

        public var name: String { TopicPartition(topic: topic, partition: partition).name }
    }

    public var brokers: [Broker]
    public var offlinePartitions: [OfflinePartition]
    /// `topic[p]` of every partition with fewer in-sync replicas than replicas.
    public var underReplicated: [String]
    /// Expected topics the cluster does not have.
    public var missingTopics: [String]

    public init(brokers: [Broker], offlinePartitions: [OfflinePartition], underReplicated: [String], missingTopics: [String]) {
        self.brokers = brokers
        self.offlinePartitions = offlinePartitions
        self.underReplicated = underReplicated
        self.missingTopics = missingTopics
    }

    /// Judges `layout`: `reachable` holds the brokers that answered; a broker named as a replica but
    /// absent from the metadata is down too (a real cluster lists only live brokers).
    public static func evaluate(_ layout: ClusterLayout, reachable: Set<Int32>, expectedTopics: [String]) -> ClusterHealth {
        let listed = Dictionary(layout.brokers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let named = Set(layout.topics.flatMap { $0.partitions.flatMap { $0.replicas + [$0.leader] } }).filter { $0 >= 0 }
        let brokers = Set(listed.keys).union(named).sorted().map { id in
            Broker(id: id, address: listed[id]?.address ?? "unknown", isUp: listed[id] != nil && reachable.contains(id))
        }
        let up = Set(brokers.filter(\.isUp).map(\.id))
        var offline: [OfflinePartition] = []
        var underReplicated: [String] = []
        for topic in layout.topics.sorted(by: { $0.name < $1.name }) {
            for partition in topic.partitions.sorted(by: { $0.id < $1.id }) {
                if partition.leader < 0 {
                    offline.append(OfflinePartition(topic: topic.name, partition: partition.id, reason: "no leader"))
                } else if !up.contains(partition.leader) {
                    offline.append(OfflinePartition(topic: topic.name, partition: partition.id, reason: "leader broker \(partition.leader) is down"))
                }
                if partition.inSyncReplicas.count < partition.replicas.count {
                    underReplicated.append(TopicPartition(topic: topic.name, partition: partition.id).name)
                }
            }
        }
        let present = Set(layout.topics.map(\.name))
        return ClusterHealth(brokers: brokers, offlinePartitions: offline, underReplicated: underReplicated,
                             missingTopics: expectedTopics.filter { !present.contains($0) })
    }

    public var isHealthy: Bool {
        brokers.allSatisfy(\.isUp) && offlinePartitions.isEmpty && underReplicated.isEmpty && missingTopics.isEmpty
    }

    /// One line per problem, worst first; empty when healthy.
    public var problems: [String] {
        offlinePartitions.map { "partition \($0.name) offline: \($0.reason)" }
            + brokers.filter { !$0.isUp }.map { "broker \($0.id) (\($0.address)) down" }
            + missingTopics.map { "topic \($0) missing" }
            + underReplicated.map { "partition \($0) under-replicated" }
    }

    /// "3/3 brokers up" and the like, for a status line.
    public var summary: String {
        let up = brokers.filter(\.isUp).count
        let counts = "\(up)/\(brokers.count) brokers up"
        return isHealthy ? counts + ", all partitions led" : counts + ", \(problems.count) problem\(problems.count == 1 ? "" : "s")"
    }
}
