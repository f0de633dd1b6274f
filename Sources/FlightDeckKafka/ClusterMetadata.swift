import FlightDeckCore

/// What a broker said about the cluster.
public struct ClusterMetadata: Hashable, Sendable {
    public var brokerCount: Int
    /// Partitions per topic name, of the topics without errors.
    public var partitionCounts: [String: Int32]
    /// Every broker, topic and partition with leaders and replicas, for health checks.
    public var layout: ClusterLayout
}
