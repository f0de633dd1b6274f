import ArgumentParser
import FlightDeckKafka

/// How to reach a Kafka cluster: the bootstrap brokers and any librdkafka property, as kcat takes them.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Bootstrap brokers, host:port[,host:port…].", valueName: "host:port"))
    var brokers: String

    @Option(name: .customShort("X"), help: ArgumentHelp(
        "A librdkafka property, repeatable (e.g. -X security.protocol=SASL_SSL -X sasl.mechanism=PLAIN).",
        valueName: "key=value"))
    var properties: [String] = []

    func kafkaProperties() throws -> KafkaProperties {
        var parsed = try KafkaProperties(arguments: properties)
        parsed["bootstrap.servers"] = brokers
        return parsed
    }
}
