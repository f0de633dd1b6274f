import FlightDeckCore

/// The consumer groups' lag at one moment, pushed to the console as `ConsoleInput.lag`.
public struct LagSnapshot: Hashable, Sendable {
    /// The name under which the console's own reader is reported; the lag pane lists it first.
    public static let ownReaderGroup = "flightdeck (this console)"

    public var groups: [GroupLag]
    /// When the offsets were read.
    public var takenAt: Timestamp

    public init(groups: [GroupLag], takenAt: Timestamp) {
        self.groups = groups
        self.takenAt = takenAt
    }
}
