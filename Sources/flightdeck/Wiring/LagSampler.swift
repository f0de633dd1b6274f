import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka

/// Reads the watched groups' offsets and the cluster's health, and evaluates each group over its window:
/// one `LagSnapshot` per call. Used from one thread (the lag poller's or `flightdeck lag`'s).
final class LagSampler: @unchecked Sendable {
    let topics: [String]
    private let given: [String]
    private let configured: [String]
    /// Resolved on the first sample, on the sampling thread: listing groups can take seconds.
    private var selection: (groups: [String], note: String?)?
    private let reader: LagReader
    private let inspector: Result<ClusterInspector, KafkaError>
    private var monitor: LagMonitor

    /// Watches `given` groups if any; else the groups the cluster lists plus `configured`.
    init(properties: KafkaProperties, given: [String], configured: [String], topics: [String], policy: LagPolicy) {
        self.given = given
        self.configured = configured
        self.topics = topics
        reader = LagReader(properties: properties)
        inspector = Result { () throws(KafkaError) in try ClusterInspector(properties: properties) }
        monitor = LagMonitor(policy: policy)
    }

    /// The watched groups, and why the configured list stands in for the cluster's where it does.
    var groups: (groups: [String], note: String?) {
        if let selection { return selection }
        let resolved = Self.resolve(given: given, configured: configured, inspector: try? inspector.get())
        selection = resolved
        return resolved
    }

    private static func resolve(given: [String], configured: [String], inspector: ClusterInspector?) -> (groups: [String], note: String?) {
        guard given.isEmpty else { return (given, nil) }
        guard let inspector else { return (configured, nil) }
        do {
            let listed = try inspector.consumerGroups()
            return (Array(Set(listed + configured)).sorted(), nil)
        } catch {
            return (configured, "\(error.description): showing the configured groups")
        }
    }

    /// Reads every group (and `extra` readings, such as the console's own reader) and the cluster's health.
    func sample(extra: [GroupLag] = [], at time: Timestamp) -> LagSnapshot {
        let selection = groups
        var readings = extra
        var problems = selection.note.map { [$0] } ?? []
        for group in selection.groups {
            do {
                readings.append(try reader.lag(of: group, topics: topics))
            } catch {
                problems.append("\(group): \(error.description)")
            }
        }
        var health: ClusterHealth?
        do {
            health = try inspector.get().health(expectedTopics: topics)
        } catch {
            problems.append("cluster health unknown: \(error.description)")
        }
        let evaluations = monitor.record(readings, at: time)
        return LagSnapshot(groups: readings, takenAt: time, evaluations: evaluations, health: health, problems: problems)
    }
}
