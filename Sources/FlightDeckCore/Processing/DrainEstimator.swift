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
            let lowest = samples.lazy.map(\.percent).min() ?? percent
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
        let middle = slopes.count / 2
        let upper = Self.select(middle, in: &slopes)
        // For an even count the lower middle is the largest value left of `middle` after the selection.
        let median = slopes.count % 2 == 1 ? upper : (slopes[..<middle].max()! + upper) / 2
        return median > 0 ? median : nil
    }

    /// The `k`-th smallest value (Hoare's quickselect), leaving smaller values before index `k`; on the hot path,
    /// where a full sort of every pair's slope cost more than all the other rules together.
    static func select(_ k: Int, in values: inout [Double]) -> Double {
        var low = 0
        var high = values.count - 1
        while low < high {
            let pivot = values[(low + high) / 2]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                break
            }
        }
        return values[k]
    }

    /// Seconds until the battery reaches `floor` percent at the current drain; nil when it is not draining.
    public func secondsUntil(_ floor: Double) -> Double? {
        guard let rate = drainRate, let last = samples.last else { return nil }
        return max(0, (last.percent - floor) / rate)
    }
}
