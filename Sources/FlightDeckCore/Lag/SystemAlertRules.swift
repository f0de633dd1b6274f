/// The seed's operations rules, judged on each lag sample: a group's lag on a topic above the threshold for the
/// hold time raises a warning; a partition without a working leader raises a critical alert at once. Each raises
/// `alert.created` once and `alert.resolved` when the condition clears.
///
/// Alert ids name the rule, the subject and when the condition began, so the same episode always has the same id:
/// publishing it again, or reading it back from `system-events`, never makes a second alert.
public struct SystemAlertRules: Hashable, Sendable {
    public static let lagAlertType = "kafka_consumer_lag"
    public static let offlineAlertType = "kafka_partition_offline"

    public let policy: LagAlertPolicy
    /// When each group/topic first went above the threshold, and whether its alert is out.
    private var lagEpisodes: [String: Episode] = [:]
    private var offlineEpisodes: [String: Episode] = [:]

    private struct Episode: Hashable, Sendable {
        var since: Timestamp
        var raised: Bool
    }

    public init(policy: LagAlertPolicy = LagAlertPolicy()) {
        self.policy = policy
    }

    /// The alert events this sample calls for: new alerts, then resolutions, each in key order.
    public mutating func evaluate(groups: [GroupEvaluation], health: ClusterHealth?, at now: Timestamp) -> [Event] {
        var lagging: [String: String] = [:]
        for group in groups {
            for (topic, lag) in group.lagByTopic where lag > policy.threshold {
                lagging["\(group.group)/\(topic)"] = "Consumer group \(group.group) is \(CountText.grouped(lag)) messages behind on \(topic)"
            }
        }
        var events = Self.step(&lagEpisodes, active: lagging, type: Self.lagAlertType, level: .warning,
                               holdSeconds: policy.holdSeconds, at: now)
        // Without a health reading nothing is known about partitions: their episodes stay as they are.
        if let health {
            let offline = Dictionary(health.offlinePartitions.map { ($0.name, "Partition \($0.name) is offline: \($0.reason)") },
                                     uniquingKeysWith: { first, _ in first })
            events += Self.step(&offlineEpisodes, active: offline, type: Self.offlineAlertType, level: .critical,
                                holdSeconds: 0, at: now)
        }
        return events
    }

    /// Starts episodes for newly active keys, raises those held long enough, resolves raised ones no longer active.
    private static func step(_ episodes: inout [String: Episode], active: [String: String], type: String, level: AlertLevel,
                             holdSeconds: Double, at now: Timestamp) -> [Event] {
        var events: [Event] = []
        for (key, message) in active.sorted(by: { $0.key < $1.key }) {
            var episode = episodes[key] ?? Episode(since: now, raised: false)
            let held = now.seconds(since: episode.since)
            if !episode.raised && held >= holdSeconds {
                let text = holdSeconds > 0 ? message + " for \(DurationText.short(seconds: held))" : message
                events.append(Event(id: alertID(type, key, episode.since) + ":created", type: .alertCreated, source: OperatorEvents.source,
                                    timestamp: now, payload: .alert(AlertUpdate(alertID: alertID(type, key, episode.since), alertType: type,
                                                                                level: level, message: text))))
                episode.raised = true
            }
            episodes[key] = episode
        }
        for key in episodes.keys.sorted() where active[key] == nil {
            guard let episode = episodes.removeValue(forKey: key), episode.raised else { continue }
            let id = alertID(type, key, episode.since)
            events.append(Event(id: id + ":resolved", type: .alertResolved, source: OperatorEvents.source, timestamp: now,
                                payload: .alert(AlertUpdate(alertID: id, alertType: type))))
        }
        return events
    }

    /// `system:kafka_consumer_lag:alert-service/drone-events:1754216000000`.
    static func alertID(_ type: String, _ key: String, _ since: Timestamp) -> String {
        "system:\(type):\(key):\(since.millisecondsSinceEpoch)"
    }
}
