/// Whether the console can reach Kafka, as librdkafka reports it.
public struct BrokerStatus: Hashable, Sendable {
    public enum State: Hashable, Sendable {
        case connecting, up, down
    }

    public var state: State
    /// librdkafka's reason, e.g. "all brokers down"; empty when there is nothing to add.
    public var detail: String

    public init(state: State, detail: String = "") {
        self.state = state
        self.detail = detail
    }
}
