import FlightDeckCore

/// When a list derived from the fleet is rebuilt.
///
/// Rebuilding a 10,000-row list on every batch of events would cost more than drawing it, and rows that
/// reorder many times a second cannot be read. So events only mark a list stale, and a stale list is rebuilt
/// at most once per interval; what the operator changes (sort, filter) is rebuilt at once.
struct RebuildSchedule: Hashable, Sendable {
    /// Milliseconds between two rebuilds caused by events.
    static let interval: Int64 = 1_000

    private(set) var isStale = false
    private var lastRebuild: Timestamp?

    mutating func markStale() {
        isStale = true
    }

    /// Whether a stale list may be rebuilt at `now`. The first rebuild is always due, and so is one after
    /// the clock went back.
    func isDue(at now: Timestamp) -> Bool {
        guard isStale else { return false }
        guard let lastRebuild else { return true }
        return now < lastRebuild || now.millisecondsSinceEpoch - lastRebuild.millisecondsSinceEpoch >= Self.interval
    }

    mutating func didRebuild(at now: Timestamp) {
        isStale = false
        lastRebuild = now
    }
}
