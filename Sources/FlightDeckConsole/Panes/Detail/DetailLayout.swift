/// Where the drone detail view's sections sit: summary, alerts, commands, the event tail and the JSON of
/// the selected event.
///
/// Alerts and commands get a few rows each; the event tail takes the rest. With the JSON shown, wide screens
/// put it beside the events; narrow ones fold alerts and commands into their title lines to make room.
struct DetailLayout: Hashable, Sendable {
    static let summaryHeight = 4

    let summary: Rect
    let alerts: Rect
    let commands: Rect
    let events: Rect
    let json: Rect?

    /// Event rows below the events title.
    var eventRows: Int { max(0, events.height - 1) }

    init(content: DroneDetailContent, area: Rect, showsJSON: Bool) {
        let isWide = area.width >= FleetColumns.wideFrom
        let perSection = showsJSON && !isWide ? 0 : (area.height >= 40 ? 5 : 3)
        var row = area.row
        func take(_ height: Int) -> Rect {
            let clamped = max(0, min(height, area.row + area.height - row))
            defer { row += clamped }
            return Rect(row: row, column: area.column, height: clamped, width: area.width)
        }
        summary = take(Self.summaryHeight)
        alerts = take(1 + min(content.alerts.count, perSection))
        commands = take(1 + min(content.commands.count, perSection))
        let rest = take(area.row + area.height - row)
        switch (showsJSON, isWide) {
        case (false, _):
            events = rest
            json = nil
        case (true, true):
            let eventsWidth = rest.width / 2
            events = Rect(row: rest.row, column: rest.column, height: rest.height, width: eventsWidth)
            json = Rect(row: rest.row, column: rest.column + eventsWidth + 1, height: rest.height,
                        width: rest.width - eventsWidth - 1)
        case (true, false):
            let eventsHeight = min(rest.height, max(3, rest.height / 3))
            events = Rect(row: rest.row, column: rest.column, height: eventsHeight, width: rest.width)
            json = Rect(row: rest.row + eventsHeight, column: rest.column, height: rest.height - eventsHeight,
                        width: rest.width)
        }
    }
}
