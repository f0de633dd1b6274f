import CRdKafka

/// A failure of the Kafka layer, worded for the operator who has to act on it.
public enum KafkaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A `-X key=value` property librdkafka refused; the value is never repeated when it is a secret.
    case invalidProperty(name: String, reason: String)
    /// A `-X` argument that is not of the form `key=value`.
    case malformedProperty(String)
    case clientCreation(String)
    case metadata(String)
    case topicCreation(topic: String, reason: String)
    /// The message could not even be queued (unknown topic, message too large, client closing).
    case produce(String)
    /// The broker never acknowledged the message, or refused it.
    case delivery(String)
    case assignment(String)
    case offsets(String)
    /// The cluster would not list its consumer groups (the embedded mock cluster never does).
    case groupListing(String)

    public var description: String {
        switch self {
        case .invalidProperty(let name, let reason): "invalid Kafka property '\(name)': \(reason)"
        case .malformedProperty(let text): "'\(text)' is not a Kafka property: write it as key=value, e.g. -X security.protocol=SASL_SSL"
        case .clientCreation(let reason): "could not create the Kafka client: \(reason)"
        case .metadata(let reason): "could not read cluster metadata: \(reason)"
        case .topicCreation(let topic, let reason): "could not create topic '\(topic)': \(reason)"
        case .produce(let reason): "could not queue the message: \(reason)"
        case .delivery(let reason): "message not delivered: \(reason)"
        case .assignment(let reason): "could not assign partitions: \(reason)"
        case .offsets(let reason): "could not look up offsets: \(reason)"
        case .groupListing(let reason): "could not list consumer groups: \(reason)"
        }
    }

    /// librdkafka's own words for an error code.
    static func reason(_ code: rd_kafka_resp_err_t) -> String {
        String(cString: rd_kafka_err2str(code))
    }
}

extension String {
    /// The text librdkafka wrote into an error buffer.
    init(errorBuffer: [CChar]) {
        self = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
