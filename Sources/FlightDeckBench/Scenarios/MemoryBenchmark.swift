import FlightDeckConsole
import FlightDeckCore

/// Feeds a long run of events straight into the console's state (no Kafka) and watches the process's
/// resident memory: it must level off once every drone's history is full, not grow with the event count.
public struct MemoryBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, Codable {
        public var events: Int
        public var drones: Int
        /// Points at which resident memory is read, evenly spread.
        public var checkpoints: Int
        public var seed: UInt64

        public init(events: Int = 1_000_000, drones: Int = 10_000, checkpoints: Int = 10, seed: UInt64 = 1) {
            self.events = events
            self.drones = drones
            self.checkpoints = checkpoints
            self.seed = seed
        }
    }

    public let configuration: Configuration
    public let log: @Sendable (String) -> Void

    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.log = log
    }

    public func run() throws -> MemoryReport {
        guard configuration.events > 0, configuration.drones > 0, configuration.checkpoints > 0 else {
            throw BenchmarkError.invalidParameter("--events and --drones must be at least 1")
        }
        let baseline = ProcessMemory.current()
        var state = BenchConsole.freshState()
        var feed = WorkloadFeed(drones: configuration.drones, seed: configuration.seed)
        var now = BenchConsole.workloadStart
        var checkpoints: [MemoryCheckpoint] = []
        var fed = 0
        for number in 1...configuration.checkpoints {
            let target = configuration.events * number / configuration.checkpoints
            feed.feed(target - fed, into: &state, from: now, stepMilliseconds: 1)
            now = now.adding(milliseconds: Int64(target - fed))
            fed = target
            let memory = ProcessMemory.current()
            checkpoints.append(MemoryCheckpoint(events: fed, drones: state.fleet.drones.count, memory: memory))
            log("\(fed) events: RSS \(FigureText.mebibytes(memory.residentBytes))")
        }
        guard feed.decodeFailures == 0 else {
            throw BenchmarkError.countMismatch(consumed: fed - feed.decodeFailures, expected: fed, decodeFailures: feed.decodeFailures)
        }
        let fleet = state.fleet
        let recent = fleet.drones.values.reduce(0) { $0 + $1.recentEvents.count }
        let rawBytes = fleet.drones.values.reduce(0) { total, drone in
            drone.recentEvents.reduce(total) { $0 + ($1.raw?.count ?? 0) }
        }
        return MemoryReport(configuration: configuration, baseline: baseline, checkpoints: checkpoints,
                            peakResidentBytes: ProcessMemory.current().peakResidentBytes,
                            averageMessageBytes: Double(feed.bytes) / Double(fed),
                            decodeAndFoldPerSecond: Double(fed) / (Double(feed.processingNanoseconds) / 1e9),
                            state: StateSize(drones: fleet.drones.count, tasks: fleet.tasks.count, alerts: fleet.alerts.count,
                                             recentEvents: recent, recentEventRawBytes: rawBytes,
                                             eventsConsumed: state.eventsConsumed, limits: FleetLimitsSummary(fleet.limits)))
    }
}
