import FlightDeckConsole
import FlightDeckCore

/// `flightdeck lag`'s table: each group with its verdict, its partitions, per-topic sums, then the cluster's health.
enum LagReportText {
    static func render(_ snapshot: LagSnapshot) -> String {
        let groups = snapshot.groups.map { snapshot.evaluations[$0.group] ?? unjudged($0, at: snapshot.takenAt) }
        let names = groups.flatMap { [$0.group] + $0.partitions.map { "  " + $0.offsets.topic + " (all)" } }
        let nameWidth = max(16, names.map { safe($0).count }.max() ?? 0)
        var lines = [row(["GROUP / TOPIC", "PART", "COMMITTED", "END", "LAG", "AGE", "STATUS"], nameWidth: nameWidth)]
        for group in groups {
            lines.append(row([group.group, "", "", "", CountText.grouped(group.totalLag), age(group.maxLagSeconds),
                              group.status.rawValue + "  " + group.reason], nameWidth: nameWidth))
            for partition in group.partitions {
                let offsets = partition.offsets
                lines.append(row(["  " + offsets.topic, String(offsets.partition), offsets.committed.map(CountText.grouped) ?? "–",
                                  CountText.grouped(offsets.end), offsets.lag.map(CountText.grouped) ?? "–", age(partition.lagSeconds),
                                  partition.status.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0) + " " + partition.reason],
                                 nameWidth: nameWidth))
            }
            let perTopic = Dictionary(grouping: group.partitions, by: \.offsets.topic)
            for (topic, lag) in group.lagByTopic where (perTopic[topic]?.count ?? 0) > 1 {
                lines.append(row(["  " + topic + " (all)", "", "", "", CountText.grouped(lag), "", ""], nameWidth: nameWidth))
            }
        }
        if let health = snapshot.health {
            lines.append("cluster: " + health.summary)
            lines += health.problems.map { "  " + safe($0) }
        }
        lines += snapshot.problems.map { "note: " + safe($0) }
        return lines.joined(separator: "\n")
    }

    private static func unjudged(_ lag: GroupLag, at time: Timestamp) -> GroupEvaluation {
        GroupEvaluation(group: lag.group, partitions: lag.partitions.map { PartitionEvaluation(offsets: $0, status: .ok, reason: "") }, takenAt: time)
    }

    private static func row(_ cells: [String], nameWidth: Int) -> String {
        let widths = [nameWidth, 5, 12, 12, 10, 7]
        var line = ""
        for (index, cell) in cells.enumerated() {
            let text = safe(cell)
            if index == 0 {
                line += text + String(repeating: " ", count: max(0, widths[0] - text.count))
            } else if index < widths.count {
                line += String(repeating: " ", count: max(1, widths[index] - text.count)) + text
            } else {
                line += "  " + text
            }
        }
        return line.trimmingTrailingSpaces()
    }

    private static func age(_ seconds: Double?) -> String {
        seconds.map { DurationText.short(seconds: $0) } ?? "–"
    }

    /// Names and reasons carry group and topic names from the cluster: no control characters reach the terminal.
    private static func safe(_ text: String) -> String {
        TerminalSafeText.escapingControls(in: text).replacingOccurrences(of: "\n", with: "\\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
