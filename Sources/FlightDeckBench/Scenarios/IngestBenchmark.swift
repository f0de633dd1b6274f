import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka

/// Preloads the topics with a realistic workload, then consumes, decodes and folds it into the console's
/// state as fast as one thread can, and times kcat reading the very same topics.
public struct IngestBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, Codable {
        public var events: Int
        public var drones: Int
        /// Timed runs of each reader; the report gives the median.
        public var runs: Int
        public var seed: UInt64

        public init(events: Int = 500_000, drones: Int = 1_000, runs: Int = 3, seed: UInt64 = 1) {
            self.events = events
            self.drones = drones
            self.runs = runs
            self.seed = seed
        }
    }

    public let configuration: Configuration
    public let cluster: BenchCluster
    /// Progress for the person waiting, kept off standard output where the report goes.
    public let log: @Sendable (String) -> Void

    public init(configuration: Configuration, cluster: BenchCluster, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.cluster = cluster
        self.log = log
    }

    public func run() throws -> IngestReport {
        guard configuration.events > 0, configuration.runs > 0 else {
            throw BenchmarkError.invalidParameter("--events and --runs must be at least 1")
        }
        let watermarks = try Consumer(properties: cluster.properties)
        let before = try TopicHoldings(asking: watermarks)
        let preloadStart = WallClock.now()
        let preload = try self.preload()
        let after = try TopicHoldings(asking: watermarks)
        let extra = after.producedCount - before.producedCount - configuration.events
        guard extra == 0 else { throw BenchmarkError.topicsChanged(extraMessages: extra) }
        guard after.messageCount - before.messageCount == configuration.events else {
            throw BenchmarkError.truncated(retained: after.messageCount - before.messageCount, produced: configuration.events,
                                           partitions: after.partitionsPerTopic)
        }
        let topicsWereEmpty = before.messageCount == 0
        let start: StartPosition = topicsWereEmpty ? .beginning : .time(preloadStart)
        let kcat = topicsWereEmpty ? try verifiedKcat(expectedBytes: preload.bytes) : nil

        var flightDeckRuns: [IngestRun] = []
        var kcatRuns: [IngestRun] = []
        for number in 1...configuration.runs {
            log("run \(number) of \(configuration.runs): FlightDeck")
            flightDeckRuns.append(try consume(from: start, expectedBytes: preload.bytes))
            if let kcat {
                log("run \(number) of \(configuration.runs): kcat")
                let timed = try kcat.timedRead(topics: BenchCluster.topics)
                kcatRuns.append(IngestRun(events: configuration.events, bytes: preload.bytes, seconds: timed.seconds,
                                          threadCPUSeconds: nil, processCPUSeconds: timed.cpuSeconds))
            }
            let arrived = try TopicHoldings(asking: watermarks).producedCount - after.producedCount
            guard arrived == 0 else { throw BenchmarkError.topicsChanged(extraMessages: arrived) }
        }
        return IngestReport(configuration: configuration, partitionsPerTopic: after.partitionsPerTopic,
                            averageMessageBytes: Double(preload.bytes) / Double(configuration.events),
                            preloadSeconds: preload.seconds, flightDeck: flightDeckRuns, kcat: kcatRuns,
                            kcatSkippedBecause: kcat != nil ? nil : topicsWereEmpty ? "kcat is not installed"
                                : "the topics held other messages before the preload",
                            embedded: cluster.isEmbedded, startedAtPreloadTime: !topicsWereEmpty)
    }

    /// kcat, once it has read back exactly what was preloaded; nil when it is not installed.
    private func verifiedKcat(expectedBytes: Int) throws -> KcatConsumer? {
        guard let executable = KcatConsumer.locate() else { return nil }
        let kcat = KcatConsumer(executable: executable, bootstrapServers: cluster.bootstrapServers,
                                properties: cluster.properties.entries)
        log("checking that kcat reads all \(configuration.events) messages…")
        let counted = try kcat.count(topics: BenchCluster.topics)
        guard counted.messages == configuration.events, counted.payloadBytes == expectedBytes else {
            throw BenchmarkError.kcatMismatch(bytes: counted.payloadBytes, expectedBytes: expectedBytes,
                                              messages: counted.messages, expectedMessages: configuration.events)
        }
        return kcat
    }

    /// Publishes the workload and waits for every delivery report.
    private func preload() throws -> (bytes: Int, seconds: Double) {
        log("preloading \(configuration.events) events over \(configuration.drones) drones…")
        let started = MonotonicClock.nanoseconds()
        let producer = try Producer(properties: cluster.producerProperties)
        var generator = WorkloadGenerator(drones: configuration.drones, seed: configuration.seed)
        let origin = BenchConsole.workloadStart
        var bytes = 0
        for index in 0..<configuration.events {
            let message = generator.next(at: origin.adding(milliseconds: Int64(index) * 2))
            bytes += message.bytes.count
            try producer.send(topic: message.topic.rawValue, key: message.key.map { Array($0.utf8) }, value: message.bytes)
        }
        let undelivered = producer.flush(timeoutMilliseconds: 120_000)
        let statistics = producer.currentStatistics
        guard undelivered == 0, statistics.delivered == configuration.events, statistics.failed == 0 else {
            throw BenchmarkError.preloadIncomplete(delivered: statistics.delivered, expected: configuration.events,
                                                   lastFailure: statistics.lastFailure)
        }
        return (bytes, MonotonicClock.seconds(since: started))
    }

    /// One timed read on this thread: a fresh consumer assigned every partition, each batch decoded and folded
    /// into a fresh console state, until every preloaded message is in.
    private func consume(from start: StartPosition, expectedBytes: Int) throws -> IngestRun {
        let wallStart = MonotonicClock.nanoseconds()
        let threadStart = CPUTime.currentThread()
        let processStart = CPUTime.process()
        let consumer = try Consumer(properties: cluster.consumerProperties.withDefaults(["fetch.wait.max.ms": "5"]))
        try consumer.assign(topics: BenchCluster.topics, from: start)
        let reader = EventReader(consumer: consumer)
        var state = BenchConsole.freshState()
        var consumed = 0
        var failures = 0
        var bytes = 0
        var lastArrival = MonotonicClock.nanoseconds()
        while consumed < configuration.events {
            let batch = reader.readBatch(maxWaitMilliseconds: 100)
            guard !batch.isEmpty else {
                if MonotonicClock.seconds(since: lastArrival) > 10 {
                    throw BenchmarkError.stalled(received: consumed, expected: configuration.events, seconds: 10)
                }
                continue
            }
            lastArrival = MonotonicClock.nanoseconds()
            consumed += batch.events.count + batch.failures.count
            failures += batch.failures.count
            bytes += batch.bytes
            state.reduce(.received(.events(batch.events)))
        }
        let seconds = MonotonicClock.seconds(since: wallStart)
        let threadCPU = (CPUTime.currentThread() - threadStart).seconds
        let processCPU = (CPUTime.process() - processStart).seconds
        guard consumed == configuration.events, failures == 0, state.eventsConsumed == consumed, bytes == expectedBytes else {
            throw BenchmarkError.countMismatch(consumed: consumed, expected: configuration.events, decodeFailures: failures)
        }
        return IngestRun(events: consumed, bytes: bytes, seconds: seconds, threadCPUSeconds: threadCPU, processCPUSeconds: processCPU)
    }
}
