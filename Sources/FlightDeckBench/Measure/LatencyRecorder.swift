import Histogram

/// Latencies in microseconds, kept in an HDR histogram: constant memory and three significant digits
/// from a microsecond to a minute, however many events are recorded.
public struct LatencyRecorder: Sendable {
    private(set) var histogram = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000,
                                                   numberOfSignificantValueDigits: .three)

    public init() {}

    public var count: Int { Int(histogram.totalCount) }

    /// Records one latency; values beyond a minute count as a minute.
    public mutating func record(nanoseconds: UInt64) {
        let microseconds = min(max(nanoseconds / 1_000, 1), histogram.highestTrackableValue)
        _ = histogram.record(microseconds)
    }

    public mutating func add(_ other: LatencyRecorder) {
        histogram.add(other.histogram)
    }

    /// Nil while nothing was recorded.
    public var summary: LatencySummary? {
        guard histogram.totalCount > 0 else { return nil }
        func milliseconds(_ microseconds: UInt64) -> Double { Double(microseconds) / 1_000 }
        return LatencySummary(count: count,
                              p50: milliseconds(histogram.valueAtPercentile(50)),
                              p99: milliseconds(histogram.valueAtPercentile(99)),
                              p999: milliseconds(histogram.valueAtPercentile(99.9)),
                              max: milliseconds(histogram.max))
    }
}

/// Latency percentiles in milliseconds.
public struct LatencySummary: Hashable, Sendable, Codable {
    public var count: Int
    public var p50: Double
    public var p99: Double
    public var p999: Double
    public var max: Double
}
