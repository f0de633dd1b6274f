import FlightDeckConsole
import FlightDeckCore
import Foundation

/// `flightdeck lag --format json`: one object per sample, for jq and scripts.
enum LagReportJSON {
    struct Report: Encodable {
        var takenAt: String
        var status: String
        var groups: [Group]
        var cluster: Cluster?
        var problems: [String]
    }

    struct Group: Encodable {
        var group: String
        var status: String
        var reason: String
        var totalLag: Int64
        var maxLagSeconds: Double?
        var topics: [String: Int64]
        var partitions: [Partition]
    }

    struct Partition: Encodable {
        var topic: String
        var partition: Int32
        var committed: Int64?
        var end: Int64
        var lag: Int64?
        var lagSeconds: Double?
        var status: String
        var reason: String
    }

    struct Cluster: Encodable {
        var healthy: Bool
        var brokers: [Broker]
        var offlinePartitions: [String]
        var underReplicated: [String]
        var missingTopics: [String]
    }

    struct Broker: Encodable {
        var id: Int32
        var address: String
        var up: Bool
    }

    static func render(_ snapshot: LagSnapshot) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(report(snapshot)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func report(_ snapshot: LagSnapshot) -> Report {
        let groups = snapshot.groups.compactMap { snapshot.evaluations[$0.group] }.map { group in
            Group(group: group.group, status: group.status.rawValue, reason: group.reason, totalLag: group.totalLag,
                  maxLagSeconds: group.maxLagSeconds,
                  topics: Dictionary(uniqueKeysWithValues: group.lagByTopic.map { ($0.topic, $0.lag) }),
                  partitions: group.partitions.map { partition in
                      Partition(topic: partition.offsets.topic, partition: partition.offsets.partition,
                                committed: partition.offsets.committed, end: partition.offsets.end, lag: partition.offsets.lag,
                                lagSeconds: partition.lagSeconds, status: partition.status.rawValue, reason: partition.reason)
                  })
        }
        let cluster = snapshot.health.map { health in
            Cluster(healthy: health.isHealthy,
                    brokers: health.brokers.map { Broker(id: $0.id, address: $0.address, up: $0.isUp) },
                    offlinePartitions: health.offlinePartitions.map(\.name), underReplicated: health.underReplicated,
                    missingTopics: health.missingTopics)
        }
        return Report(takenAt: snapshot.takenAt.iso8601, status: snapshot.worstStatus.rawValue, groups: groups,
                      cluster: cluster, problems: snapshot.problems)
    }
}
