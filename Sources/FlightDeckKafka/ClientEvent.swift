/// Something a librdkafka client reports on its own: an error or a log line.
public enum ClientEvent: Hashable, Sendable {
    /// `fatal` errors leave the client unusable; the others are transient (librdkafka retries).
    case error(code: Int32, reason: String, fatal: Bool)
    case log(level: Int32, facility: String, message: String)

    /// Whether the error means no broker can be reached right now.
    /// A connection to one broker failed or dropped.
    public var isTransportFailure: Bool {
        if case .error(let code, _, _) = self {
            return code == RdKafkaCodes.transport
        }
        return false
    }

    public var meansAllBrokersDown: Bool {
        if case .error(let code, _, _) = self {
            return code == RdKafkaCodes.allBrokersDown
        }
        return false
    }
}

/// Receives a client's events on librdkafka's threads; keep it quick and never block.
public typealias ClientEventHandler = @Sendable (ClientEvent) -> Void
