import DequeModule

/// Estimates how fast a battery drains from its recent samples.
///
/// Theil–Sen: the median of the slopes between every pair of samples, so a few noisy readings do not move
/// it. A rise (charging, a battery swap) starts the estimate afresh: drain before it says nothing now.
public struct DrainEstimator: Sendable {
    public var windowSeconds: Double
    public var maxSamples: Int
    public var minSamples: Int
    /// A rise smaller than this is read as noise, not charging.
    public var riseTolerance: Double

    private var samples: Deque<(time: Timestamp, percent: Double)> = []

    public init(windowSeconds: Double = 120, maxSamples: Int = 20, minSamples: Int = 5, riseTolerance: Double = 2) {
        self.windowSeconds = windowSeconds
        self.maxSamples = max(2, maxSamples)
        self.minSamples = max(2, minSamples)
        self.riseTolerance = riseTolerance
    }

    public mutating func add(_ percent: Double, at time: Timestamp) {
        if let last = samples.last {
            if time <= last.time { return }
            let lowest = samples.map(\.percent).min() ?? percent
            if percent > lowest + riseTolerance { samples.removeAll() }
        }
        samples.append((time, percent))
        while samples.count > maxSamples || time.seconds(since: samples[0].time) > windowSeconds {
            samples.removeFirst()
        }
    }

    public mutating func reset() {
        samples.removeAll()
    }

    /// Percent per second the battery loses (positive while draining); nil with too few samples or no drain.
    public var drainRate: Double? {
        guard samples.count >= minSamples else { return nil }
        var slopes: [Double] = []
        slopes.reserveCapacity(samples.count * (samples.count - 1) / 2)
        for i in samples.indices {
            for j in samples.index(after: i)..<samples.endIndex {
                let seconds = samples[j].time.seconds(since: samples[i].time)
                if seconds > 0 { slopes.append((samples[i].percent - samples[j].percent) / seconds) }
            }
        }
        guard !slopes.isEmpty else { return nil }
        slopes.sort()
        let middle = slopes.count / 2
        let median = slopes.count % 2 == 1 ? slopes[middle] : (slopes[middle - 1] + slopes[middle]) / 2
        return median > 0 ? median : nil
    }

    /// Seconds until the battery reaches `floor` percent at the current drain; nil when it is not draining.
    public func secondsUntil(_ floor: Double) -> Double? {
        guard let rate = drainRate, let last = samples.last else { return nil }
        return max(0, (last.percent - floor) / rate)
    }
}
