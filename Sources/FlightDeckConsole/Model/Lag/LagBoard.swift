import FlightDeckCore

/// What the lag pane shows: the latest snapshot and each group's recent total lag, for its trend.
struct LagBoard: Hashable, Sendable {
    /// Readings kept per group: the last minutes at the lag reader's pace.
    static let historyLength = 60

    private(set) var latest: LagSnapshot?
    /// Each group's total lag, oldest first; only groups of the latest snapshot are kept.
    private(set) var history: [String: [Int64]] = [:]
    /// The pane's rows in order: each group, then its partitions.
    private(set) var rows: [LagRow] = []
    var list = PaneList()

    /// Rows above the table: one for the cluster's health and anything the sampler could not read.
    var summaryRows: Int {
        guard let latest, latest.health != nil || !latest.problems.isEmpty else { return 0 }
        return 1
    }

    /// The summary line's text: the cluster's health, its first problems, then the sampler's notes.
    var summary: (text: String, healthy: Bool)? {
        guard summaryRows > 0, let latest else { return nil }
        let health = latest.health.map { ["cluster: " + $0.summary] + $0.problems.prefix(2) } ?? []
        return ((health + latest.problems.prefix(1)).joined(separator: " · "), latest.health?.isHealthy ?? true)
    }

    mutating func record(_ snapshot: LagSnapshot, visibleRows: Int) {
        latest = snapshot
        var kept: [String: [Int64]] = [:]
        for group in snapshot.groups {
            var samples = history[group.group] ?? []
            samples.append(group.totalLag)
            kept[group.group] = Array(samples.suffix(Self.historyLength))
        }
        history = kept
        let groups = snapshot.groups.sorted { lhs, rhs in
            let lhsOwn = lhs.group == LagSnapshot.ownReaderGroup, rhsOwn = rhs.group == LagSnapshot.ownReaderGroup
            return lhsOwn != rhsOwn ? lhsOwn : lhs.group < rhs.group
        }
        rows = groups.flatMap { group in
            let verdicts = Dictionary((snapshot.evaluations[group.group]?.partitions ?? []).map { ($0.offsets.topicPartition, $0) },
                                      uniquingKeysWith: { first, _ in first })
            return [LagRow.group(group, snapshot.evaluations[group.group])] + group.partitions
                .sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
                .map { partition in
                    LagRow.partition(group: group.group, partition, verdicts[partition.topicPartition])
                }
        }
        list.replaceRows(with: rows.map(\.key), at: snapshot.takenAt, visibleRows: visibleRows)
    }
}
