import FlightDeckCore
import Testing

@Suite("Cluster health evaluation")
struct ClusterHealthEvaluationTests {
    static let brokers = [BrokerAddress(id: 1, host: "k1", port: 9092), BrokerAddress(id: 2, host: "k2", port: 9092)]

    @Test("a broker named only as a replica is down, a short ISR is under-replicated, a leaderless partition is offline")
    func problems() {
        let layout = ClusterLayout(brokers: Self.brokers, topics: [
            TopicLayout(name: "drone-events", partitions: [
                PartitionLayout(id: 1, leader: 2, replicas: [2, 3], inSyncReplicas: [2]),
                PartitionLayout(id: 0, leader: 1, replicas: [1, 2], inSyncReplicas: [1, 2]),
                PartitionLayout(id: 2, leader: -1, replicas: [3], inSyncReplicas: []),
            ]),
        ])
        let health = ClusterHealth.evaluate(layout, reachable: [1, 2], expectedTopics: ["drone-events", "alert-events"])
        #expect(health.brokers == [.init(id: 1, address: "k1:9092", isUp: true), .init(id: 2, address: "k2:9092", isUp: true),
                                   .init(id: 3, address: "unknown", isUp: false)])
        #expect(health.offlinePartitions.map(\.name) == ["drone-events[2]"])
        #expect(health.underReplicated == ["drone-events[1]", "drone-events[2]"])
        #expect(health.missingTopics == ["alert-events"])
        #expect(health.problems == ["partition drone-events[2] offline: no leader", "broker 3 (unknown) down", "topic alert-events missing",
                                    "partition drone-events[1] under-replicated", "partition drone-events[2] under-replicated"])
        #expect(health.summary == "2/3 brokers up, 5 problems")
    }

    @Test("a listed broker that does not answer is down and its partitions are offline")
    func unreachableLeader() {
        let layout = ClusterLayout(brokers: Self.brokers, topics: [
            TopicLayout(name: "t", partitions: [PartitionLayout(id: 0, leader: 2, replicas: [2], inSyncReplicas: [2])]),
        ])
        let health = ClusterHealth.evaluate(layout, reachable: [1], expectedTopics: ["t"])
        #expect(health.offlinePartitions == [.init(topic: "t", partition: 0, reason: "leader broker 2 is down")])
        #expect(!health.isHealthy)
        #expect(ClusterHealth.evaluate(layout, reachable: [1, 2], expectedTopics: ["t"]).summary == "2/2 brokers up, all partitions led")
    }
}
