import ArgumentParser
import FlightDeckBench
import FlightDeckKafka
import FlightDeckSimulator
import Foundation

/// Measures the console's pipeline and prints the figures: how fast it ingests next to kcat, how late events
/// and command answers reach its state, how long a frame takes to draw, and how much memory it keeps.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure ingest, latency, rendering, memory and stream processing, and print the figures.",
        discussion: """
            ingest preloads the topics, then consumes, decodes and folds them on one thread while kcat reads the \
            same topics; latency publishes at a fixed rate while consuming and times events and command round \
            trips; render times drawing and diffing the screen for 100, 1,000 and 10,000 drones at 120×40 and \
            240×70; memory folds 1,000,000 events over 10,000 drones into the state, without Kafka; process runs 500,000 \
            decoded events from 1,000 drones through every stream rule (no Kafka) and raises a storm of 10,000 conditions.

            ingest and latency run on an embedded cluster unless --brokers is given. Build with -c release for \
            meaningful figures. Progress goes to standard error, the report to standard output.
            """
    )

    @Argument(help: "What to measure: ingest, latency, render, memory or process.")
    var scenario: BenchScenario

    @Option(help: "Events to measure (ingest 500000, latency 100000 after the warm-up, memory 1000000, process 500000).")
    var events: Int?

    @Option(help: "Drones in the fleet (ingest, latency and process 1000, memory 10000; render: this size instead of 100, 1000 and 10000).")
    var drones: Int?

    @Option(help: ArgumentHelp("Events per second: latency publishes at it, render folds a frame's share of it between frames.",
                               valueName: "events/s"))
    var rate = 10_000.0

    @Option(help: "How to print the report: text or json.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Run on this cluster instead of an embedded one (ingest and latency).", valueName: "host:port"))
    var brokers: String?

    @Option(name: .customShort("X"), help: ArgumentHelp(
        "A librdkafka property for every client, repeatable (kcat gets it too), e.g. -X queued.max.messages.kbytes=65536.",
        valueName: "key=value"))
    var properties: [String] = []

    @Option(help: "Partitions per topic on the embedded cluster (ingest 24, so its small retention drops nothing; latency 3).")
    var partitions: Int32?

    @Option(help: "Timed runs of FlightDeck and of kcat (ingest), or of the rules (process); the median is reported.")
    var runs = 3

    @Option(help: "Frames timed per fleet and screen size (render).")
    var frames = 500

    func validate() throws {
        guard rate > 0, rate.isFinite else { throw ValidationError("--rate must be above 0 events/s") }
        guard (events ?? 1) > 0, (drones ?? 1) > 0, runs > 0, frames > 0, (partitions ?? 1) > 0 else {
            throw ValidationError("--events, --drones, --runs, --frames and --partitions must be at least 1")
        }
    }

    func run() throws {
        let log: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(("bench: " + $0 + "\n").utf8)) }
        let report: any BenchmarkReport = switch scenario {
        case .ingest:
            try IngestBenchmark(
                configuration: .init(events: events ?? 500_000, drones: drones ?? 1_000, runs: runs),
                cluster: try cluster(partitions: partitions ?? 24), log: log).run()
        case .latency:
            try LatencyBenchmark(
                configuration: .init(events: events ?? 100_000, drones: drones ?? 1_000, rate: rate),
                cluster: try cluster(partitions: partitions ?? 3), startResponder: Self.startSimulatedFleet, log: log).run()
        case .render:
            try RenderBenchmark(
                configuration: .init(droneCounts: drones.map { [$0] } ?? [100, 1_000, 10_000], frames: frames,
                                     eventsPerFrame: Int(rate / 20)),
                log: log).run()
        case .memory:
            try MemoryBenchmark(configuration: .init(events: events ?? 1_000_000, drones: drones ?? 10_000), log: log).run()
        case .process:
            try ProcessBenchmark(configuration: .init(events: events ?? 500_000, drones: drones ?? 1_000, runs: runs), log: log).run()
        }
        print(format.render(report))
    }

    private func cluster(partitions: Int32) throws -> BenchCluster {
        var parsed = try KafkaProperties(arguments: properties)
        guard let brokers else { return try BenchCluster.embedded(partitions: partitions, properties: parsed) }
        parsed["bootstrap.servers"] = brokers
        return BenchCluster.external(properties: parsed)
    }

    /// The drone side of the command round trip: the simulated fleet answering `command.issued`, as in the demo.
    /// Its own traffic is kept to one event a second so that the measured load is the benchmark's.
    private static func startSimulatedFleet(producer: KafkaProperties, consumer: KafkaProperties,
                                            drones: Int) throws -> @Sendable () -> Void {
        let runner = SimulatorRunner(configuration: SimulatorConfiguration(droneCount: drones), rate: 1,
                                     producer: try Producer(properties: producer))
        let listener: WorkerThread
        do {
            listener = try CommandListener.start(properties: consumer, handle: runner.submit)
        } catch {
            runner.stop()
            throw error
        }
        return {
            listener.stop()
            runner.stop()
        }
    }
}

extension BenchScenario: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
