import FlightDeckCore

/// Events per second over a sliding window of frame ticks.
///
/// Each tick records the running total of events consumed at the tick's time; the rate is the growth of
/// that total across the window. Time comes in with the tick, so the meter never reads a clock.
struct ThroughputMeter: Hashable, Sendable {
    private struct Sample: Hashable, Sendable {
        var time: Timestamp
        var total: Int
    }

    let windowMilliseconds: Int64
    private var samples: [Sample] = []

    init(windowMilliseconds: Int64 = 3_000) {
        self.windowMilliseconds = windowMilliseconds
    }

    mutating func record(total: Int, at time: Timestamp) {
        if let last = samples.last, time < last.time {
            samples.removeAll()
        }
        samples.append(Sample(time: time, total: total))
        let windowStart = time.adding(milliseconds: -windowMilliseconds)
        while samples.count > 2 && samples[1].time <= windowStart {
            samples.removeFirst()
        }
    }

    var eventsPerSecond: Double {
        guard let first = samples.first, let last = samples.last else { return 0 }
        let seconds = last.time.seconds(since: first.time)
        guard seconds > 0 else { return 0 }
        return Double(last.total - first.total) / seconds
    }
}
