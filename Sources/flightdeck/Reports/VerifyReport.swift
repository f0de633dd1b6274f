import FlightDeckCore

/// What `verify` prints: both sides' counts, then the differences.
struct VerifyReport {
    let live: FleetSnapshot
    let rebuilt: FleetSnapshot
    let comparison: SnapshotComparison
    let limit: Int

    var text: String {
        var lines = [
            "live:    \(count(live.messagesConsumed)) messages from \(live.consumed.count) partitions, \(live.repeated) read twice, "
                + "\(live.skipped) skipped; \(count(live.applied)) events applied, \(count(live.duplicates)) duplicates ignored, "
                + "\(live.outOfOrder) out of order; \(live.drones.count) drones",
            "rebuilt: \(count(rebuilt.messagesConsumed)) messages; \(count(rebuilt.applied)) events applied, "
                + "\(count(rebuilt.duplicates)) duplicates ignored, \(rebuilt.outOfOrder) out of order; \(rebuilt.drones.count) drones",
        ]
        if comparison.isIdentical {
            lines.append("identical: every drone field by field; tasks and alerts held by both sides"
                         + " (\(comparison.tasksHeldByOneSide) tasks and \(comparison.alertsHeldByOneSide) alerts held by one side only, forgotten by a cap)")
        } else {
            lines.append("\(comparison.differences.count) difference\(comparison.differences.count == 1 ? "" : "s"):")
            lines += comparison.differences.prefix(limit).map { "  \(TerminalSafeText.escapingControls(in: $0.description))" }
            if comparison.differences.count > limit { lines.append("  … and \(comparison.differences.count - limit) more") }
        }
        if live.skipped > 0 {
            lines.append("the console skipped \(live.skipped) offsets: events it never read")
        }
        return lines.joined(separator: "\n")
    }

    private func count(_ value: Int) -> String { CountText.grouped(Int64(value)) }
    private func count(_ value: Int64) -> String { CountText.grouped(value) }
}
