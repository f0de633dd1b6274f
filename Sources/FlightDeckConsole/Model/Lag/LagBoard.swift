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
            [LagRow.group(group)] + group.partitions
                .sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
                .map { LagRow.partition(group: group.group, $0) }
        }
        list.replaceRows(with: rows.map(\.key), at: snapshot.takenAt, visibleRows: visibleRows)
    }
}
