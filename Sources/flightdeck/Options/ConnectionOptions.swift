import ArgumentParser
import FlightDeckKafka

/// How to reach a Kafka cluster: the bootstrap brokers and any librdkafka property, as kcat takes them.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Bootstrap brokers, host:port[,host:port…] (or kafka.brokers in the settings file).",
                                            valueName: "host:port"))
    var brokers: String?

    @Option(name: .customShort("X"), help: ArgumentHelp(
        "A librdkafka property, repeatable (e.g. -X security.protocol=SASL_SSL -X sasl.mechanism=PLAIN).",
        valueName: "key=value"))
    var properties: [String] = []

    /// The settings file's properties with the flags laid over them.
    func kafkaProperties(_ settings: ConfigFile) throws -> KafkaProperties {
        var merged = KafkaProperties(settings.properties).merging(try KafkaProperties(arguments: properties))
        guard let bootstrap = brokers ?? settings.brokers else {
            throw ValidationError("no brokers: give --brokers host:port, or kafka.brokers in \(ConfigFile.defaultPath)")
        }
        merged["bootstrap.servers"] = bootstrap
        return merged
    }

    /// The brokers as shown in the status line.
    func title(_ settings: ConfigFile) -> String {
        brokers ?? settings.brokers ?? ""
    }
}
