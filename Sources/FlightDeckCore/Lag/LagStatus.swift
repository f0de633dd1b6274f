/// Burrow's verdict on one partition of a consumer group, from the samples of its window.
public enum PartitionStatus: String, Hashable, Sendable, CaseIterable {
    /// Caught up somewhere in the window, or catching up.
    case ok = "OK"
    /// Committing, but the lag never went down across the window.
    case warning = "WARN"
    /// The committed offset did not move across the window, with a backlog that is not growing.
    case stalled = "STALL"
    /// The committed offset did not move across the window while new messages kept arriving.
    case stopped = "STOP"
    /// The committed offset went backwards and has not climbed back.
    case rewound = "REWIND"

    /// What the partition counts as in its group's status.
    public var groupStatus: GroupStatus {
        switch self {
        case .ok: .ok
        case .warning: .warning
        case .stalled, .stopped, .rewound: .error
        }
    }
}

/// A consumer group's status: its worst partition's.
public enum GroupStatus: String, Hashable, Sendable, Comparable, CaseIterable {
    case ok = "OK"
    case warning = "WARN"
    case error = "ERR"

    private var rank: Int {
        switch self {
        case .ok: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: GroupStatus, rhs: GroupStatus) -> Bool { lhs.rank < rhs.rank }
}
