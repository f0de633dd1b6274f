/// Keeps a sliding window of samples per group and partition and evaluates every group on each new reading.
public struct LagMonitor: Hashable, Sendable {
    public let policy: LagPolicy
    private var windows: [String: [TopicPartition: [LagSample]]] = [:]

    public init(policy: LagPolicy = LagPolicy()) {
        self.policy = policy
    }

    /// Adds the readings taken at `time` and returns every read group's evaluation, in the readings' order.
    /// A group missing from `readings` (its read failed) keeps its window for the next time.
    public mutating func record(_ readings: [GroupLag], at time: Timestamp) -> [GroupEvaluation] {
        readings.map { reading in
            var groupWindows = windows[reading.group] ?? [:]
            var kept: [TopicPartition: [LagSample]] = [:]
            let partitions = reading.partitions.map { offsets in
                let key = offsets.topicPartition
                var window = groupWindows.removeValue(forKey: key) ?? []
                window.append(LagSample(takenAt: time, committed: offsets.committed, end: offsets.end))
                window = Array(window.suffix(policy.windowSize))
                kept[key] = window
                let verdict = PartitionEvaluator.evaluate(window, policy: policy)
                return PartitionEvaluation(offsets: offsets, status: verdict.status, reason: verdict.reason,
                                           lagSeconds: LagTime.estimate(window, committedMessageTime: offsets.committedMessageTime))
            }
            windows[reading.group] = kept
            return GroupEvaluation(group: reading.group, partitions: partitions, takenAt: time)
        }
    }
}

/// Lag as time. Where the oldest unhandled message could be read, klag-exporter's way: now minus when that
/// message was written, exact while it is retained. Otherwise kafka-lag-exporter's: when did the end offset pass
/// the committed offset, interpolating between the end offsets sampled (nil when the committed offset is older
/// than the oldest sample, since nothing says when it was written). Either way 0 once caught up.
public enum LagTime {
    public static func estimate(_ window: [LagSample], committedMessageTime: Timestamp? = nil) -> Double? {
        guard let latest = window.last, let committed = latest.committed else { return nil }
        guard committed < latest.end else { return 0 }
        if let committedMessageTime {
            return max(0, latest.takenAt.seconds(since: committedMessageTime))
        }
        for (before, after) in zip(window, window.dropFirst()) where before.end <= committed && committed < after.end {
            let fraction = Double(committed - before.end) / Double(after.end - before.end)
            let writtenAt = before.takenAt.secondsSinceEpoch + fraction * after.takenAt.seconds(since: before.takenAt)
            return max(0, latest.takenAt.secondsSinceEpoch - writtenAt)
        }
        return nil
    }
}
