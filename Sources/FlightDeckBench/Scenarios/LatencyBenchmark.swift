import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Glibc
import Synchronization

/// Publishes the workload at a fixed rate while the console's pipeline consumes it, and records each event's
/// latency from the producer to the reader thread (consumed and decoded) and on to the console state (applied).
/// Meanwhile it issues operator commands and times their round trip through the drone side.
public struct LatencyBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, Codable {
        /// Events measured, after the warm-up.
        public var events: Int
        public var drones: Int
        /// Events published per second.
        public var rate: Double
        /// Seconds of traffic before measuring starts: connections, partition leaders and offsets settle first.
        public var warmUpSeconds: Double
        public var commandsPerSecond: Double
        public var seed: UInt64

        public init(events: Int = 100_000, drones: Int = 1_000, rate: Double = 10_000, warmUpSeconds: Double = 2,
                    commandsPerSecond: Double = 20, seed: UInt64 = 1) {
            self.events = events
            self.drones = drones
            self.rate = rate
            self.warmUpSeconds = warmUpSeconds
            self.commandsPerSecond = commandsPerSecond
            self.seed = seed
        }

        var warmUpEvents: Int { Int(rate * warmUpSeconds) }
    }

    /// Starts the drone side that answers commands (in the executable: the simulator and its command listener),
    /// given producer and consumer properties and the fleet size; returns what stops it.
    public typealias ResponderStart = @Sendable (_ producer: KafkaProperties, _ consumer: KafkaProperties, _ drones: Int) throws
        -> @Sendable () -> Void

    public let configuration: Configuration
    public let cluster: BenchCluster
    public let startResponder: ResponderStart
    public let log: @Sendable (String) -> Void

    /// The console's screen while the benchmark runs: frames are drawn as the console would draw them.
    static let screen = TerminalSize(rows: 40, columns: 120)
    static let framesPerSecond = 20.0

    public init(configuration: Configuration, cluster: BenchCluster, startResponder: @escaping ResponderStart,
                log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.cluster = cluster
        self.startResponder = startResponder
        self.log = log
    }

    public func run() throws -> LatencyReport {
        guard configuration.events > 0, configuration.rate > 0, configuration.drones > 0 else {
            throw BenchmarkError.invalidParameter("--events, --rate and --drones must be above 0")
        }
        let consumer = try Consumer(properties: cluster.consumerProperties)
        try consumer.assign(topics: BenchCluster.topics, from: .end)
        let stopResponder = try startResponder(cluster.commandProducerProperties, cluster.consumerProperties, configuration.drones)
        defer { stopResponder() }
        let inbox = ConsoleInbox(capacity: 256)
        let origin = MonotonicClock.nanoseconds()
        let consumed = ConsumedLatencies(measuredFrom: configuration.warmUpEvents)
        let eventReader = EventReader(consumer: consumer)
        let reader = WorkerThread(name: "bench-reader") { [consumed] in
            let batch = eventReader.readBatch(maxWaitMilliseconds: 100)
            guard !batch.events.isEmpty else { return }
            consumed.record(batch.events, at: MonotonicClock.nanoseconds() - origin)
            inbox.push(.events(batch.events))
        }
        defer {
            inbox.close()
            reader.stop()
        }
        let commands = CommandProbe(producer: try Producer(properties: cluster.commandProducerProperties),
                                    droneIDs: WorkloadGenerator(drones: configuration.drones).droneIDs)
        let total = configuration.warmUpEvents + configuration.events
        log("publishing \(total) events at \(Int(configuration.rate))/s over \(configuration.drones) drones "
            + "(\(configuration.warmUpEvents) of them warm-up)…")
        let load = PacedLoad(producer: try Producer(properties: cluster.producerProperties), rate: configuration.rate,
                             total: total, drones: configuration.drones, seed: configuration.seed, origin: origin)
        defer { load.stop() }
        let applied = try applyUntilDone(inbox: inbox, load: load, commands: commands, origin: origin)
        let refused = load.refused
        return LatencyReport(configuration: configuration, embedded: cluster.isEmbedded,
                             publishedPerSecond: Double(total) / applied.publishSeconds, refusedByProducer: refused.count,
                             consumed: consumed.summary, applied: applied.latencies.summary,
                             frames: applied.frames, commands: commands.result)
    }

    /// The console's loop: folds batches into state as they arrive, draws frames at 20 per second and issues
    /// commands after the warm-up, until every measured event and every command answer is in.
    private func applyUntilDone(inbox: ConsoleInbox, load: PacedLoad, commands: CommandProbe,
                                origin: UInt64) throws -> (latencies: LatencyRecorder, frames: Int, publishSeconds: Double) {
        var state = BenchConsole.freshState()
        var latencies = LatencyRecorder()
        var shown = Grid(size: TerminalSize(rows: 0, columns: 0))
        var frames = 0
        let start = MonotonicClock.nanoseconds()
        var nextFrame = start
        var nextCommand = start + UInt64(configuration.warmUpSeconds * 1e9)
        var publishSeconds: Double?
        var lastProgress = start
        /// Once every measured event is in, how long command answers are still waited for.
        var answersDue: UInt64?
        while latencies.count < configuration.events || commands.unanswered > 0 {
            let now = MonotonicClock.nanoseconds()
            if publishSeconds == nil && load.isFinished { publishSeconds = MonotonicClock.seconds(since: start) }
            if publishSeconds == nil && now >= nextCommand {
                try commands.issue()
                nextCommand += UInt64(1e9 / configuration.commandsPerSecond)
            }
            if now >= nextFrame {
                let time = WallClock.now()
                state.reduce(.tick(time))
                let next = ConsoleView.render(state, size: Self.screen, now: time)
                _ = GridDiff.runs(from: shown, to: next)
                shown = next
                frames += 1
                nextFrame += UInt64(1e9 / Self.framesPerSecond)
            }
            let inputs = inbox.drain(max: 64)
            guard !inputs.isEmpty else {
                if latencies.count >= configuration.events {
                    let deadline = answersDue ?? now + 10_000_000_000
                    answersDue = deadline
                    if now > deadline { break }
                } else if MonotonicClock.seconds(since: lastProgress) > 10 {
                    throw BenchmarkError.stalled(received: latencies.count, expected: configuration.events, seconds: 10)
                }
                waitBriefly()
                continue
            }
            for input in inputs {
                state.reduce(.received(input))
                guard case .events(let events, _) = input else { continue }
                let appliedAt = MonotonicClock.nanoseconds()
                for event in events {
                    guard let probe = ProbeID(parsing: event.id), Int(probe.sequence) >= configuration.warmUpEvents else { continue }
                    latencies.record(nanoseconds: appliedAt - origin - probe.sentAtNanoseconds)
                }
                commands.observe(events, appliedAt: appliedAt)
            }
            lastProgress = MonotonicClock.nanoseconds()
        }
        guard latencies.count == configuration.events else {
            throw BenchmarkError.countMismatch(consumed: latencies.count, expected: configuration.events, decodeFailures: 0)
        }
        return (latencies, frames, publishSeconds ?? MonotonicClock.seconds(since: start))
    }

    /// An idle console thread sleeps a fifth of a millisecond rather than spin.
    private func waitBriefly() {
        var pause = timespec(tv_sec: 0, tv_nsec: 200_000)
        nanosleep(&pause, nil)
    }
}

/// Latencies up to the reader thread, recorded there and read once the run is over.
private final class ConsumedLatencies: Sendable {
    private let recorder = Mutex(LatencyRecorder())
    private let measuredFrom: Int

    init(measuredFrom: Int) {
        self.measuredFrom = measuredFrom
    }

    func record(_ events: [Event], at now: UInt64) {
        recorder.withLock { recorder in
            for event in events {
                guard let probe = ProbeID(parsing: event.id), Int(probe.sequence) >= measuredFrom else { continue }
                recorder.record(nanoseconds: now - probe.sentAtNanoseconds)
            }
        }
    }

    var summary: LatencySummary? { recorder.withLock { $0.summary } }
}
