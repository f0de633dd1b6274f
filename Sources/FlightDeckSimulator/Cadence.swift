import FlightDeckCore

/// A fixed wall-clock rhythm, for heartbeats and metric samples.
struct Cadence: Sendable {
    let intervalMilliseconds: Int64
    private var next: Timestamp

    init(every seconds: Int64, startingAt start: Timestamp) {
        self.intervalMilliseconds = seconds * 1000
        self.next = start
    }

    /// Whether a beat falls due at `now`; the next one is then an interval later.
    mutating func isDue(at now: Timestamp) -> Bool {
        guard now >= next else { return false }
        next = now.adding(milliseconds: intervalMilliseconds)
        return true
    }
}
