/// How the console is set up for one run.
public struct ConsoleConfiguration: Sendable {
    /// Where the events come from, shown in the status line, e.g. "embedded 127.0.0.1:39021".
    public var title: String
    public var operatorName: String
    /// Shown as READ-ONLY in the status line when set.
    public var readOnly: Bool
    /// A drone not heard from for this long is shown stale.
    public var staleAfter: Duration
    public var theme: Theme
    /// Frames drawn per second at most.
    public var framesPerSecond: Int

    public init(title: String, operatorName: String, readOnly: Bool = false, staleAfter: Duration = .seconds(10),
                theme: Theme = .default, framesPerSecond: Int = 20) {
        self.title = title
        self.operatorName = operatorName
        self.readOnly = readOnly
        self.staleAfter = staleAfter
        self.theme = theme
        self.framesPerSecond = max(1, framesPerSecond)
    }

    /// `staleAfter` in milliseconds, the unit of `Timestamp`.
    var staleAfterMilliseconds: Int64 {
        let (seconds, attoseconds) = staleAfter.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
