import FlightDeckCore

/// Where a reader starts in each partition.
public enum StartPosition: Hashable, Sendable {
    /// The oldest message still retained.
    case beginning
    /// Only messages produced from now on.
    case end
    /// The first message at or after this time.
    case time(Timestamp)
}
