import FlightDeckCore

/// The consumer groups' lag and verdicts and the cluster's health at one moment, pushed to the console
/// as `ConsoleInput.lag` and printed by `flightdeck lag`.
public struct LagSnapshot: Hashable, Sendable {
    /// The name under which the console's own reader is reported; the lag pane lists it first.
    public static let ownReaderGroup = "flightdeck (this console)"

    public var groups: [GroupLag]
    /// When the offsets were read.
    public var takenAt: Timestamp
    /// Each group's Burrow-style verdict over the sampling window, by group name.
    public var evaluations: [String: GroupEvaluation]
    /// nil when the cluster's metadata could not be read (see `problems`).
    public var health: ClusterHealth?
    /// Reads that failed and other things the operator should know, one line each.
    public var problems: [String]

    public init(groups: [GroupLag], takenAt: Timestamp, evaluations: [GroupEvaluation] = [],
                health: ClusterHealth? = nil, problems: [String] = []) {
        self.groups = groups
        self.takenAt = takenAt
        self.evaluations = Dictionary(evaluations.map { ($0.group, $0) }, uniquingKeysWith: { _, last in last })
        self.health = health
        self.problems = problems
    }

    /// The worst status of any group; OK without groups.
    public var worstStatus: GroupStatus {
        evaluations.values.map(\.status).max() ?? .ok
    }
}
