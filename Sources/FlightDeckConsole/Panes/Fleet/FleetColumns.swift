/// The fleet table's columns placed for a screen width.
///
/// Below 120 columns the table is compact (4 decimals, a short battery bar); wider screens get 5 decimals,
/// a longer bar and wider id columns. TASK takes whatever width is left.
struct FleetColumns: Hashable, Sendable {
    static let wideFrom = 120

    let layout: TableLayout<FleetColumn>
    let positionDecimals: Int
    let batteryBarWidth: Int

    init(width: Int) {
        let wide = width >= Self.wideFrom
        positionDecimals = wide ? 5 : 4
        batteryBarWidth = wide ? 10 : 4
        let widths: [FleetColumn: Int?] = [
            .drone: wide ? 14 : 10, .status: wide ? 11 : 10, .battery: batteryBarWidth + 5, .position: wide ? 21 : 19,
            .altitude: wide ? 6 : 4, .speed: wide ? 6 : 5, .task: nil, .lastSeen: 10,
        ]
        let trailing: Set<FleetColumn> = [.altitude, .speed]
        layout = TableLayout(width: width, FleetColumn.allCases.map { column in
            TableLayout.Spec(kind: column, title: column.title, width: widths[column] ?? nil,
                             alignment: trailing.contains(column) ? .trailing : .leading)
        })
    }

    /// Column titles with the sort column marked ▲ (ascending) or ▼ (descending).
    static func titles(sortedBy sort: FleetSort) -> [FleetColumn: String] {
        [sort.column: sort.column.title + (sort.isDescending ? "▼" : "▲")]
    }
}
