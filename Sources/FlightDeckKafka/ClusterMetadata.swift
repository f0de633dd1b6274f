/// What a broker said about the cluster.
public struct ClusterMetadata: Hashable, Sendable {
    public var brokerCount: Int
    /// Partitions per topic name.
    public var partitionCounts: [String: Int32]
}
