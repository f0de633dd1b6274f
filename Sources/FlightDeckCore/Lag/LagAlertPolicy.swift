/// When lag becomes an alert: the seed's rule, lag above 1,000 for 5 minutes.
public struct LagAlertPolicy: Hashable, Sendable {
    public static let defaultThreshold: Int64 = 1000
    public static let defaultHoldSeconds = 300.0

    /// A group's total lag on a topic above this counts.
    public var threshold: Int64
    /// For at least this long.
    public var holdSeconds: Double

    public init(threshold: Int64 = defaultThreshold, holdSeconds: Double = defaultHoldSeconds) {
        self.threshold = max(0, threshold)
        self.holdSeconds = max(0, holdSeconds)
    }
}
