/// A column of the fleet table; `s` sorts by the next one.
enum FleetColumn: Int, CaseIterable, Hashable, Sendable {
    case drone, status, battery, position, altitude, speed, task, lastSeen

    var title: String {
        switch self {
        case .drone: "DRONE"
        case .status: "STATUS"
        case .battery: "BATTERY"
        case .position: "POSITION"
        case .altitude: "ALT"
        case .speed: "SPEED"
        case .task: "TASK"
        case .lastSeen: "LAST SEEN"
        }
    }

    var next: FleetColumn {
        FleetColumn(rawValue: (rawValue + 1) % Self.allCases.count)!
    }
}
