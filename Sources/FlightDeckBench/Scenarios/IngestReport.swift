/// One timed read of all preloaded messages.
public struct IngestRun: Hashable, Sendable, Codable {
    public var events: Int
    public var bytes: Int
    /// Wall time from creating the consumer to the last event folded (for kcat: from the first start to the last exit).
    public var seconds: Double
    /// CPU time of the consuming thread: poll, decode and fold. Nil for kcat.
    public var threadCPUSeconds: Double?
    /// CPU time of the whole process (FlightDeck's includes the in-process mock brokers serving it).
    public var processCPUSeconds: Double
    public var eventsPerSecond: Double
    public var megabytesPerSecond: Double
    /// The rate one core would reach if the consuming thread never waited for Kafka: events per second of its CPU time.
    public var eventsPerThreadCPUSecond: Double?

    public init(events: Int, bytes: Int, seconds: Double, threadCPUSeconds: Double?, processCPUSeconds: Double) {
        self.events = events
        self.bytes = bytes
        self.seconds = seconds
        self.threadCPUSeconds = threadCPUSeconds
        self.processCPUSeconds = processCPUSeconds
        eventsPerSecond = Double(events) / seconds
        megabytesPerSecond = Double(bytes) / 1_000_000 / seconds
        eventsPerThreadCPUSecond = threadCPUSeconds.map { Double(events) / $0 }
    }
}

/// What `flightdeck bench ingest` measured.
public struct IngestReport: BenchmarkReport {
    public var scenario = "ingest"
    public var machine = MachineInfo.current()
    public var configuration: IngestBenchmark.Configuration
    public var partitionsPerTopic: Int32
    public var averageMessageBytes: Double
    public var preloadSeconds: Double
    public var flightDeck: [IngestRun]
    public var kcat: [IngestRun]
    /// Why kcat was not timed, when it was not.
    public var kcatSkippedBecause: String?
    public var embedded: Bool
    /// Whether reading started at the preload's time rather than at the beginning of the topics.
    public var startedAtPreloadTime: Bool
    /// The runs with the median rate.
    public var flightDeckMedian: IngestRun?
    public var kcatMedian: IngestRun?
    /// FlightDeck's median rate over kcat's.
    public var ratioToKcat: Double?

    init(configuration: IngestBenchmark.Configuration, partitionsPerTopic: Int32, averageMessageBytes: Double,
         preloadSeconds: Double, flightDeck: [IngestRun], kcat: [IngestRun], kcatSkippedBecause: String?,
         embedded: Bool, startedAtPreloadTime: Bool) {
        self.configuration = configuration
        self.partitionsPerTopic = partitionsPerTopic
        self.averageMessageBytes = averageMessageBytes
        self.preloadSeconds = preloadSeconds
        self.flightDeck = flightDeck
        self.kcat = kcat
        self.kcatSkippedBecause = kcatSkippedBecause
        self.embedded = embedded
        self.startedAtPreloadTime = startedAtPreloadTime
        flightDeckMedian = Self.median(flightDeck)
        kcatMedian = Self.median(kcat)
        if let ours = flightDeckMedian, let theirs = kcatMedian {
            ratioToKcat = ours.eventsPerSecond / theirs.eventsPerSecond
        }
    }

    private static func median(_ runs: [IngestRun]) -> IngestRun? {
        guard !runs.isEmpty else { return nil }
        return runs.sorted { $0.eventsPerSecond < $1.eventsPerSecond }[(runs.count - 1) / 2]
    }

    public var textLines: [String] {
        var lines = [
            "ingest: \(FigureText.grouped(configuration.events)) events over \(FigureText.grouped(configuration.drones)) drones, "
                + "\(FixedDecimal.text(averageMessageBytes, places: 0)) B average, \(partitionsPerTopic) partitions per topic, "
                + (embedded ? "embedded cluster" : "external cluster"),
            machine.textLine,
            "preload: \(FixedDecimal.text(preloadSeconds, places: 2)) s; every message delivered, retained and counted back",
        ]
        if let run = flightDeckMedian {
            lines.append("FlightDeck consume+decode+fold (median of \(flightDeck.count)): " + Self.describe(run))
            lines.append("  each run: " + Self.rates(flightDeck))
            if let thread = run.threadCPUSeconds, let cpuBound = run.eventsPerThreadCPUSecond {
                lines.append("  CPU per event: \(Self.microseconds(thread, run.events)) on the consuming thread, "
                             + "\(Self.microseconds(run.processCPUSeconds, run.events)) in the whole process"
                             + (embedded ? " (the in-process mock brokers included)" : ""))
                lines.append("  consuming thread busy \(FixedDecimal.text(thread / run.seconds * 100, places: 0))% of the time; "
                             + "never waiting for Kafka it would fold \(FigureText.grouped(Int(cpuBound.rounded()))) events/s on one core")
            }
        }
        if let run = kcatMedian {
            lines.append("kcat -C -e -o beginning -q -X fetch.wait.max.ms=5, topic by topic (median of \(kcat.count)): " + Self.describe(run))
            lines.append("  each run: " + Self.rates(kcat))
            lines.append("  CPU per event: \(Self.microseconds(run.processCPUSeconds, run.events)) in kcat")
        }
        if let ratio = ratioToKcat {
            lines.append("ratio FlightDeck / kcat: \(FixedDecimal.text(ratio, places: 2))×")
        }
        if let reason = kcatSkippedBecause {
            lines.append("kcat not timed: \(reason)")
        }
        if startedAtPreloadTime {
            lines.append("the topics held older messages: reading started at the preload's time, found by timestamp within the timing")
        }
        return lines
    }

    private static func describe(_ run: IngestRun) -> String {
        "\(FigureText.grouped(Int(run.eventsPerSecond.rounded()))) events/s, \(FigureText.rounded(run.megabytesPerSecond)) MB/s, "
            + "\(FixedDecimal.text(run.seconds, places: 3)) s"
    }

    private static func rates(_ runs: [IngestRun]) -> String {
        runs.map { FigureText.grouped(Int($0.eventsPerSecond.rounded())) }.joined(separator: ", ") + " events/s"
    }

    private static func microseconds(_ seconds: Double, _ events: Int) -> String {
        FixedDecimal.text(seconds / Double(events) * 1e6, places: 2) + " µs"
    }
}
