/// Burrow's rules (its `evaluator/caching.go`) applied to sampled offsets instead of to each commit.
///
/// FlightDeck reads committed offsets every few seconds rather than seeing every commit, so a consumer that
/// stopped and one that commits the same offset over and over look alike. The two are told apart by the
/// producers instead: unmoved offsets while new messages arrive are STOP, with nothing arriving STALL.
/// Both are errors, like REWIND.
public enum PartitionEvaluator {
    /// The verdict and a sentence saying why, from the window's samples, oldest first.
    public static func evaluate(_ window: [LagSample], policy: LagPolicy) -> (status: PartitionStatus, reason: String) {
        guard let latest = window.last else { return (.ok, "no samples yet") }
        guard let lag = latest.lag else { return (.ok, "nothing committed") }
        guard lag > policy.allowedLag else { return (.ok, "caught up") }
        let committed = window.compactMap(\.committed)
        guard window.count >= policy.windowSize, committed.count == window.count else {
            return (.ok, "collecting samples (\(committed.count) of \(policy.windowSize))")
        }
        let span = Self.span(of: window)
        if let peak = committed.max(), let current = committed.last, current < peak,
           zip(committed, committed.dropFirst()).contains(where: { $1 < $0 }) {
            return (.rewound, "committed offset went back from \(peak) to \(current) and has not recovered")
        }
        if window.contains(where: { ($0.lag ?? 0) <= policy.allowedLag }) {
            return (.ok, "caught up within the last \(span)")
        }
        if Set(committed).count == 1 {
            let arrived = latest.end - window[0].end
            if arrived > 0 {
                return (.stopped, "no progress for \(span) while \(CountText.grouped(arrived)) new messages arrived; lag \(CountText.grouped(lag))")
            }
            return (.stalled, "committed offset stuck at \(committed[0]) for \(span) with lag \(CountText.grouped(lag))")
        }
        let lags = window.compactMap(\.lag)
        if zip(lags, lags.dropFirst()).allSatisfy({ $1 >= $0 }) {
            let trend = lag > lags[0] ? "grew from \(CountText.grouped(lags[0])) to \(CountText.grouped(lag))" : "stayed at \(CountText.grouped(lag))"
            return (.warning, "lag \(trend) over \(span) while consuming")
        }
        return (.ok, "consuming; lag \(CountText.grouped(lag))")
    }

    private static func span(of window: [LagSample]) -> String {
        guard let first = window.first, let last = window.last else { return "0s" }
        return DurationText.short(seconds: last.takenAt.seconds(since: first.takenAt))
    }
}

/// Counts with thousands separators, locale-free: `12345` as "12,345".
public enum CountText {
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }
}

/// Durations as operators write them: `45s`, `3m20s`, `2h05m`.
public enum DurationText {
    public static func short(seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded()))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" + (total % 60 == 0 ? "" : "\(total % 60)s") }
        let minutes = (total % 3600) / 60
        return "\(total / 3600)h" + (minutes < 10 ? "0" : "") + "\(minutes)m"
    }
}
