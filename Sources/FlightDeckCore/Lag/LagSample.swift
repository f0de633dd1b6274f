/// One reading of a partition for one group: what it had committed and where the partition ended, and when.
public struct LagSample: Hashable, Sendable {
    public var takenAt: Timestamp
    /// nil while the group has committed nothing here.
    public var committed: Int64?
    public var end: Int64

    public init(takenAt: Timestamp, committed: Int64?, end: Int64) {
        self.takenAt = takenAt
        self.committed = committed
        self.end = end
    }

    public var lag: Int64? { committed.map { max(0, end - $0) } }
}

/// How many samples a window holds and how much lag is tolerated, as Burrow's `intervals` and `allowed-lag`.
public struct LagPolicy: Hashable, Sendable {
    /// Samples per partition the evaluation looks at; fewer than this and only lag is reported.
    public var windowSize: Int
    /// Lag at or below this counts as caught up.
    public var allowedLag: Int64

    public init(windowSize: Int = 10, allowedLag: Int64 = 0) {
        self.windowSize = max(2, windowSize)
        self.allowedLag = max(0, allowedLag)
    }
}
