import ArgumentParser
import FlightDeckCore
import FlightDeckKafka

/// The console on a real cluster.
struct Console: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the operations console on a Kafka cluster.",
        discussion: """
            Reads every event topic and drone-commands without joining a consumer group. \
            Secure clusters take librdkafka's properties, e.g. \
            -X security.protocol=SASL_SSL -X sasl.mechanism=SCRAM-SHA-512 -X sasl.username=ops -X sasl.password=… \
            -X ssl.ca.location=/etc/ssl/ca.pem
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions
    @OptionGroup var console: ConsoleOptions
    @OptionGroup var metrics: MetricsOptions

    func run() throws {
        let file = try settings.load()
        let served = try metrics.start()
        defer { served?.server.stop() }
        var session = ConsoleSession(
            properties: try connection.kafkaProperties(file),
            start: try console.startPosition(now: Clock.now(), settings: file, fallback: .end),
            group: console.group(file),
            topics: file.topics ?? Topic.allCases.map(\.rawValue),
            watchedGroups: file.lagGroups ?? LagPoller.defaultGroups,
            lagSettings: LagSettings(file),
            configuration: try console.configuration(title: connection.title(file), settings: file)
        )
        session.metrics = served?.metrics
        session.stateFile = console.saveState
        try session.run().throwIfSignalled()
    }
}
