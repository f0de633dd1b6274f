/// The Kafka topics of the drone control system.
public enum Topic: String, CaseIterable, Sendable, Hashable {
    case droneEvents = "drone-events"
    case taskEvents = "task-events"
    case userEvents = "user-events"
    case alertEvents = "alert-events"
    case systemEvents = "system-events"
    case monitoringData = "monitoring-data"
    case applicationLogs = "application-logs"
    case droneCommands = "drone-commands"

    /// The seven topics services publish events to (every topic but `drone-commands`).
    public static let eventTopics: [Topic] = allCases.filter { $0 != .droneCommands }

    /// Where an event of this type is published.
    public static func destination(of type: EventType) -> Topic {
        switch type.category {
        case .drone: .droneEvents
        case .task: .taskEvents
        case .alert: .alertEvents
        case .command: .droneCommands
        case .user: .userEvents
        case .system: .systemEvents
        case .metric: .monitoringData
        case .log: .applicationLogs
        case .other: .systemEvents
        }
    }
}
