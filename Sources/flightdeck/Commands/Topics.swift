import ArgumentParser
import FlightDeckCore
import FlightDeckKafka

/// Creates the drone system's topics on a real cluster.
struct Topics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the drone system's topics on a cluster (those that exist are left alone)."
    )

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var settings: ConfigOptions

    @Option(help: "Partitions per topic.")
    var partitions: Int32 = 3

    @Option(help: "Replicas per partition.")
    var replicationFactor: Int32 = 1

    func run() throws {
        let admin = try TopicAdmin(properties: try connection.kafkaProperties(try settings.load()))
        let created = try admin.createTopics(Topic.allCases.map(\.rawValue), partitions: partitions, replicationFactor: replicationFactor)
        print(created.isEmpty ? "All \(Topic.allCases.count) topics exist." : "Created: \(created.joined(separator: ", "))")
    }
}
