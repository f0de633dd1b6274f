/// One consumer group's lag on every partition it reads.
public struct GroupLag: Hashable, Sendable {
    public var group: String
    public var partitions: [PartitionLag]

    public init(group: String, partitions: [PartitionLag]) {
        self.group = group
        self.partitions = partitions
    }

    /// The lag of every partition with a committed offset, added up.
    public var totalLag: Int64 {
        partitions.reduce(0) { $0 + ($1.lag ?? 0) }
    }
}
