/// Median, 99th percentile and extremes of a set of measurements, such as frame times.
///
/// Percentiles are nearest-rank: the p-th percentile is the smallest sample with at least p% of the
/// samples at or below it, so it is always a value that was measured.
public struct SampleSummary: Hashable, Sendable, Codable {
    public var count: Int
    public var median: Double
    public var p99: Double
    public var min: Double
    public var max: Double
    public var mean: Double

    /// Nil for no samples.
    public init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        count = sorted.count
        median = Self.percentile(50, ofSorted: sorted)
        p99 = Self.percentile(99, ofSorted: sorted)
        min = sorted[0]
        max = sorted[sorted.count - 1]
        mean = sorted.reduce(0, +) / Double(sorted.count)
    }

    /// The nearest-rank `percentile` (0 to 100) of samples sorted in increasing order; not empty.
    public static func percentile(_ percentile: Double, ofSorted sorted: [Double]) -> Double {
        let rank = (percentile / 100 * Double(sorted.count) - 1e-9).rounded(.up)
        let index = Swift.min(Swift.max(Int(rank) - 1, 0), sorted.count - 1)
        return sorted[index]
    }
}
