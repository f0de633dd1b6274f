/// One partition's offsets with its verdict.
public struct PartitionEvaluation: Hashable, Sendable {
    public var offsets: PartitionLag
    public var status: PartitionStatus
    public var reason: String
    /// How old the next message to read is, estimated from the end offsets seen; nil when unknown.
    public var lagSeconds: Double?

    public init(offsets: PartitionLag, status: PartitionStatus, reason: String, lagSeconds: Double? = nil) {
        self.offsets = offsets
        self.status = status
        self.reason = reason
        self.lagSeconds = lagSeconds
    }

    /// `drone-events[2]`, as Kafka's tools name a partition.
    public var name: String { offsets.topicPartition.name }
}

/// A consumer group's verdict: its worst partition's, with that partition's reason.
public struct GroupEvaluation: Hashable, Sendable {
    public var group: String
    public var partitions: [PartitionEvaluation]
    public var takenAt: Timestamp

    public init(group: String, partitions: [PartitionEvaluation], takenAt: Timestamp) {
        self.group = group
        self.partitions = partitions.sorted { ($0.offsets.topic, $0.offsets.partition) < ($1.offsets.topic, $1.offsets.partition) }
        self.takenAt = takenAt
    }

    public var status: GroupStatus {
        partitions.map(\.status.groupStatus).max() ?? .ok
    }

    /// Why the group has its status: the first worst partition's reason, and how many others share the status.
    public var reason: String {
        let worst = partitions.filter { $0.status.groupStatus == status }
        guard status != .ok, let first = worst.first else {
            return partitions.isEmpty ? "no partitions" : "\(partitions.count) partition\(partitions.count == 1 ? "" : "s") OK"
        }
        let others = worst.count - 1
        return "\(first.status.rawValue) \(first.name): \(first.reason)" + (others > 0 ? " (+\(others) more)" : "")
    }

    public var totalLag: Int64 {
        partitions.reduce(0) { $0 + ($1.offsets.lag ?? 0) }
    }

    /// Lag summed per topic, topics in name order.
    public var lagByTopic: [(topic: String, lag: Int64)] {
        var sums: [String: Int64] = [:]
        for partition in partitions {
            sums[partition.offsets.topic, default: 0] += partition.offsets.lag ?? 0
        }
        return sums.sorted { $0.key < $1.key }.map { (topic: $0.key, lag: $0.value) }
    }

    /// The oldest unread message's age over all partitions, where it could be estimated.
    public var maxLagSeconds: Double? {
        partitions.compactMap(\.lagSeconds).max()
    }

    /// The offsets alone, as the lag reader reported them.
    public var offsets: GroupLag {
        GroupLag(group: group, partitions: partitions.map(\.offsets))
    }
}
