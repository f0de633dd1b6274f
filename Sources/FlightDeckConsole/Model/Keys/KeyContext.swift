/// Where a key is pressed; the same key may mean different things in different views.
enum KeyContext: Hashable, Sendable, CaseIterable {
    case fleet, tasks, alerts, lag, detail

    init(pane: Pane) {
        switch pane {
        case .fleet: self = .fleet
        case .tasks: self = .tasks
        case .alerts: self = .alerts
        case .lag: self = .lag
        }
    }

    static let everywhere = Set(allCases)
}
