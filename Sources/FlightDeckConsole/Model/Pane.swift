/// The console's top-level views, shown with their number key or cycled with Tab.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case fleet = 1, tasks, alerts, lag

    var title: String {
        switch self {
        case .fleet: "Fleet"
        case .tasks: "Tasks"
        case .alerts: "Alerts"
        case .lag: "Lag"
        }
    }

    /// The digit key that shows the pane.
    var key: Key { .character(Character(String(rawValue))) }

    var next: Pane { Pane(rawValue: rawValue % Self.allCases.count + 1)! }
    var previous: Pane { Pane(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1)! }
}
