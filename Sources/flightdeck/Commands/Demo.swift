import ArgumentParser
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Everything on the embedded cluster: no setup, one command.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run an embedded Kafka cluster, a simulated fleet and the console in one process.",
        discussion: """
            The embedded cluster is librdkafka's mock cluster (3 brokers on loopback ports). Its address is \
            shown in the status line, so kcat can join in while the demo runs: kcat -b <address> -C -t drone-events
            """
    )

    @OptionGroup var fleet: FleetOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var metrics: MetricsOptions
    @OptionGroup var settings: ConfigOptions
    @OptionGroup var rules: ProcessingOptions

    @Option(help: "Partitions per topic on the embedded cluster.")
    var partitions: Int32 = 3

    @Flag(help: "Run the cluster and the simulator without the console, until Ctrl-C (for kcat and scripts).")
    var headless = false

    func run() throws {
        let file = try settings.load()
        let served = try metrics.start()
        defer { served?.server.stop() }
        let cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: partitions)
        let bootstrap = cluster.bootstrapServers
        // Written straight to the descriptor: a script reading the address through a pipe must not wait for a buffer.
        FileHandle.standardOutput.write(Data("""
            Embedded Kafka cluster at \(bootstrap)
              try: kcat -b \(bootstrap) -C -t drone-events

            """.utf8))
        if let served {
            FileHandle.standardOutput.write(Data("Metrics at http://127.0.0.1:\(served.server.port)/metrics\n".utf8))
        }

        let producer = try Producer(properties: KafkaProperties(["bootstrap.servers": bootstrap]).withDefaults(EmbeddedCluster.producerTuning))
        let simulator = SimulatorRunner(configuration: fleet.simulatorConfiguration, rate: fleet.rate, producer: producer,
                                        metrics: served?.metrics)
        defer { simulator.stop() }
        let readerProperties = KafkaProperties(["bootstrap.servers": bootstrap]).withDefaults(EmbeddedCluster.consumerTuning)
        let commands = try CommandListener.start(properties: readerProperties, handle: simulator.submit)
        defer { commands.stop() }
        let processing = try DemoProcessing(bootstrap: bootstrap, rules: rules, reportNow: headless)
        defer { processing.stop() }

        if headless {
            _ = simulator.runInForeground(duration: nil, producer: producer)
            return
        }
        var session = ConsoleSession(
            properties: readerProperties,
            start: try console.startPosition(now: Clock.now(), settings: file, fallback: .beginning),
            group: console.group(file),
            topics: file.topics ?? Topic.allCases.map(\.rawValue),
            watchedGroups: file.lagGroups ?? LagPoller.defaultGroups,
            lagSettings: LagSettings(file),
            configuration: try console.configuration(title: "embedded \(bootstrap)", settings: file)
        )
        session.metrics = served?.metrics
        session.stateFile = console.saveState
        let exit = try session.run()
        processing.stop()
        processing.reportFailure()
        print("Embedded Kafka cluster at \(bootstrap) stopped.")
        try exit.throwIfSignalled()
    }
}
