import FlightDeckCore

/// A row of the lag pane: a group with its total, verdict and trend, or one of its partitions with its verdict.
enum LagRow: Hashable, Sendable {
    case group(GroupLag, GroupEvaluation?)
    case partition(group: String, PartitionLag, PartitionEvaluation?)

    var key: String {
        switch self {
        case .group(let lag, _): lag.group
        case .partition(let group, let partition, _): "\(group)\u{1F}\(partition.topic)\u{1F}\(partition.partition)"
        }
    }
}
