import FlightDeckCore
import FlightDeckKafka
import Testing

@Suite("Cluster health on the embedded cluster")
struct ClusterHealthTests {
    static let expected = Topic.allCases.map(\.rawValue)

    @Test("a healthy cluster: three brokers up, every partition led, no topic missing but the one never created")
    func healthy() throws {
        let cluster = try TestCluster(partitions: 2)
        let health = try ClusterInspector(properties: cluster.properties()).health(expectedTopics: Self.expected + ["not-created"])
        #expect(health.brokers.map(\.id) == [1, 2, 3])
        #expect(health.brokers.allSatisfy { $0.isUp })
        #expect(health.offlinePartitions.isEmpty && health.underReplicated.isEmpty)
        #expect(health.missingTopics == ["not-created"])
        #expect(!health.isHealthy)
    }

    @Test("a broker taken down shows as down, and the partitions it leads as offline")
    func brokerDown() throws {
        let cluster = try TestCluster(partitions: 3)
        let inspector = try ClusterInspector(properties: cluster.properties())
        let before = try inspector.health(expectedTopics: Self.expected)
        #expect(before.isHealthy, "\(before.problems)")
        cluster.cluster.setBroker(2, up: false)
        let after = try inspector.health(expectedTopics: Self.expected)
        #expect(after.brokers.filter { !$0.isUp }.map(\.id) == [2])
        #expect(!after.offlinePartitions.isEmpty)
        #expect(after.offlinePartitions.allSatisfy { $0.reason == "leader broker 2 is down" })
        #expect(after.problems.contains { $0.hasPrefix("broker 2 (127.0.0.1:") && $0.hasSuffix(") down") })
        cluster.cluster.setBroker(2, up: true)
        #expect(try inspector.health(expectedTopics: Self.expected).isHealthy)
    }

    @Test("a partition whose leader is set to -1 is offline")
    func leaderless() throws {
        let cluster = try TestCluster(partitions: 2)
        cluster.cluster.setLeader(topic: Topic.droneEvents.rawValue, partition: 1, broker: -1)
        let health = try ClusterInspector(properties: cluster.properties()).health(expectedTopics: Self.expected)
        #expect(health.offlinePartitions == [.init(topic: Topic.droneEvents.rawValue, partition: 1, reason: "no leader")])
        #expect(health.brokers.allSatisfy { $0.isUp })
        #expect(health.problems.first == "partition drone-events[1] offline: no leader")
    }

    @Test("the mock cluster refuses to list consumer groups, and says so")
    func groupListingUnsupported() throws {
        let cluster = try TestCluster(partitions: 1)
        #expect(throws: KafkaError.self) { try ClusterInspector(properties: cluster.properties()).consumerGroups() }
    }
}
