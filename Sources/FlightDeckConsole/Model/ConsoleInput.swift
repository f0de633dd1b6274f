import FlightDeckCore

/// What the world outside the terminal tells the console, through `ConsoleInbox`.
public enum ConsoleInput: Sendable {
    /// Decoded events, in the order they were consumed, and the offsets read to get them (including messages
    /// that failed to decode). One push carries a whole batch.
    case events([Event], consumed: ConsumedRanges = ConsumedRanges())
    /// `count` more messages could not be decoded since the last report; `lastReason` says why the newest failed.
    case decodeFailures(count: Int, lastReason: String)
    case broker(BrokerStatus)
    /// A line worth showing the operator, such as a librdkafka log message.
    case notice(String)
    /// Kafka's delivery report for an effect the console asked for.
    case delivery(DeliveryOutcome)
    /// The consumer groups' lag, read periodically.
    case lag(LagSnapshot)
}
