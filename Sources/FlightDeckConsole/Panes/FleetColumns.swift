/// The fleet table's columns placed for a screen width.
///
/// Below 120 columns the table is compact (4 decimals, a short battery bar); wider screens get 5 decimals,
/// a longer bar and wider id columns. TASK takes whatever width is left.
struct FleetColumns: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case drone, status, battery, position, altitude, speed, task, lastSeen
    }

    struct Column: Hashable, Sendable {
        var kind: Kind
        var title: String
        var x: Int
        var width: Int
        var alignment: Grid.Alignment
    }

    static let gap = 1
    static let wideFrom = 120

    private(set) var columns: [Column] = []
    let positionDecimals: Int
    let batteryBarWidth: Int

    init(width: Int) {
        let wide = width >= Self.wideFrom
        positionDecimals = wide ? 5 : 4
        batteryBarWidth = wide ? 10 : 4
        let fixed: [(Kind, String, Int, Grid.Alignment)] = [
            (.drone, "DRONE", wide ? 14 : 10, .leading),
            (.status, "STATUS", wide ? 11 : 10, .leading),
            (.battery, "BATTERY", batteryBarWidth + 5, .leading),
            (.position, "POSITION", wide ? 21 : 19, .leading),
            (.altitude, "ALT", wide ? 6 : 4, .trailing),
            (.speed, "SPEED", wide ? 6 : 5, .trailing),
            (.task, "TASK", 0, .leading),
            (.lastSeen, "LAST SEEN", 9, .leading),
        ]
        let taken = fixed.reduce(0) { $0 + $1.2 } + Self.gap * (fixed.count - 1)
        var x = 0
        for (kind, title, columnWidth, alignment) in fixed {
            let placedWidth = kind == .task ? max(1, width - taken) : columnWidth
            columns.append(Column(kind: kind, title: title, x: x, width: placedWidth, alignment: alignment))
            x += placedWidth + Self.gap
        }
    }
}
