/// One operator command as seen on `drone-commands`: what was asked and how far the drone side got.
public struct CommandState: Hashable, Sendable {
    public let id: String
    public var droneID: String?
    public var command: CommandName?
    public var target: GeoPoint?
    public var operatorName: String?
    public var phase: CommandPhase
    /// The drone side's words with its latest answer, e.g. why it rejected the command.
    public var message: String?
    /// Event time of `command.issued`; nil while only an answer has been seen, as when reading starts mid-stream.
    public var issuedAt: Timestamp?
    /// Event time of the newest event that moved the command.
    public var updatedAt: Timestamp

    public init(id: String, phase: CommandPhase = .issued, updatedAt: Timestamp) {
        self.id = id
        self.phase = phase
        self.updatedAt = updatedAt
    }
}
