import FlightDeckCore

/// A row of the lag pane: a group with its total and trend, or one of its partitions.
enum LagRow: Hashable, Sendable {
    case group(GroupLag)
    case partition(group: String, PartitionLag)

    var key: String {
        switch self {
        case .group(let lag): lag.group
        case .partition(let group, let partition): "\(group)\u{1F}\(partition.topic)\u{1F}\(partition.partition)"
        }
    }
}
