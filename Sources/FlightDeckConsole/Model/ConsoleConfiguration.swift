/// How the console is set up for one run.
public struct ConsoleConfiguration: Sendable {
    /// Where the events come from, shown in the status line, e.g. "embedded 127.0.0.1:39021".
    public var title: String
    /// Carried by every command and acknowledgement the console publishes.
    public var operatorName: String
    /// Refuse every command and acknowledgement, visibly; shown as READ-ONLY in the status line.
    public var readOnly: Bool
    /// A drone not heard from for this long is shown stale.
    public var staleAfter: Duration
    public var theme: Theme
    /// Frames drawn per second at most.
    public var framesPerSecond: Int
    /// A command or acknowledgement without a delivery report after this long is shown as such.
    public var deliveryTimeout: Duration

    public init(title: String, operatorName: String, readOnly: Bool = false, staleAfter: Duration = .seconds(10),
                theme: Theme = .default, framesPerSecond: Int = 20, deliveryTimeout: Duration = .seconds(10)) {
        self.title = title
        self.operatorName = operatorName
        self.readOnly = readOnly
        self.staleAfter = staleAfter
        self.theme = theme
        self.framesPerSecond = max(1, framesPerSecond)
        self.deliveryTimeout = deliveryTimeout
    }

    /// `staleAfter` in milliseconds, the unit of `Timestamp`.
    var staleAfterMilliseconds: Int64 { Self.milliseconds(staleAfter) }

    var deliveryTimeoutMilliseconds: Int64 { Self.milliseconds(deliveryTimeout) }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
