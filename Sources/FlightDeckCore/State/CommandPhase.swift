/// Where an operator command stands, as the drone side reports it on `drone-commands`.
///
/// It only moves forward: issued → accepted → completed or failed. A drone may also reject a command
/// outright, or report it completed or failed without accepting it first. A finished command never changes.
public enum CommandPhase: String, Hashable, Sendable {
    case issued, accepted, rejected, completed, failed

    /// The phase a `command.*` answer reports; nil for `command.issued` and types this build does not know.
    public init?(answer type: EventType) {
        switch type {
        case .commandAccepted: self = .accepted
        case .commandRejected: self = .rejected
        case .commandCompleted: self = .completed
        case .commandFailed: self = .failed
        default: return nil
        }
    }

    public var isFinished: Bool { rank == 2 }

    /// How far along the phase is; a command only moves to a phase of higher rank.
    var rank: Int {
        switch self {
        case .issued: 0
        case .accepted: 1
        case .rejected, .completed, .failed: 2
        }
    }
}
