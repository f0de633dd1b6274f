/// What `flightdeck bench latency` measured.
public struct LatencyReport: BenchmarkReport {
    public var scenario = "latency"
    public var machine = MachineInfo.current()
    public var configuration: LatencyBenchmark.Configuration
    public var embedded: Bool
    public var publishedPerSecond: Double
    public var refusedByProducer: Int
    /// Producer → reader thread, decoded.
    public var consumed: LatencySummary?
    /// Producer → folded into the console's state.
    public var applied: LatencySummary?
    /// Frames drawn at 120×40 by the console loop while it folded events.
    public var frames: Int
    public var commands: CommandRoundTrip

    public var textLines: [String] {
        var lines = [
            "latency: \(FigureText.grouped(configuration.events)) events measured after \(FixedDecimal.text(configuration.warmUpSeconds, places: 1)) s "
                + "of warm-up, \(FigureText.grouped(Int(configuration.rate))) events/s over \(FigureText.grouped(configuration.drones)) drones, "
                + (embedded ? "embedded cluster (consumer fetch.wait.max.ms=5, producer linger.ms=5, 1 for commands and answers)" : "external cluster"),
            machine.textLine,
            "published at \(FigureText.grouped(Int(publishedPerSecond.rounded()))) events/s"
                + (refusedByProducer > 0 ? ", \(refusedByProducer) refused by the producer" : ""),
            Self.line("produce → consumed and decoded", consumed),
            Self.line("produce → applied to state    ", applied),
            "  (\(frames) frames of 120×40 drawn by the same loop meanwhile)",
            "commands: \(commands.issued) issued, answers "
                + commands.answers.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                + ", \(commands.unanswered) unanswered, \(commands.failedDeliveries) failed deliveries",
            Self.line("command → delivery report     ", commands.delivery),
            Self.line("command → answer applied      ", commands.roundTrip),
        ]
        if commands.unanswered > 0 {
            lines.append("WARNING: \(commands.unanswered) commands got no answer within 10 s")
        }
        return lines
    }

    private static func line(_ label: String, _ summary: LatencySummary?) -> String {
        guard let summary else { return "\(label): no samples" }
        return "\(label): p50 \(FigureText.milliseconds(summary.p50))  p99 \(FigureText.milliseconds(summary.p99))  "
            + "p99.9 \(FigureText.milliseconds(summary.p999))  max \(FigureText.milliseconds(summary.max))  (n=\(FigureText.grouped(summary.count)))"
    }
}
