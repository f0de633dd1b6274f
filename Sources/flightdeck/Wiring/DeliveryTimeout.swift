import FlightDeckConsole
import FlightDeckKafka

/// The console's delivery timeout and its producer's `message.timeout.ms` are one number: the time left the
/// console shows is the time librdkafka has left, and when it runs out librdkafka itself fails the message with
/// its reason instead of trying on unseen. An operator's `-X message.timeout.ms` wins; the console follows it.
enum DeliveryTimeout {
    static let property = "message.timeout.ms"

    /// `configuration` and the producer's `properties`, made to agree on the timeout.
    static func align(_ configuration: ConsoleConfiguration, with properties: KafkaProperties)
        -> (configuration: ConsoleConfiguration, producer: KafkaProperties) {
        var configuration = configuration
        var properties = properties
        if let given = properties[property].flatMap(Int64.init), given > 0 {
            configuration.deliveryTimeout = .milliseconds(given)
        } else if properties[property] == nil {
            properties[property] = String(milliseconds(configuration.deliveryTimeout))
        }
        return (configuration, properties)
    }

    /// `duration` in whole milliseconds, at least 1: librdkafka reads 0 as "never time out".
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
