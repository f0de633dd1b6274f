import FlightDeckCore

/// One line saying what an event says, for the event tail.
enum EventSummary {
    static func line(_ event: Event) -> String {
        switch event.payload {
        case .droneStatus(let change):
            return join("\(change.oldStatus?.rawValue ?? "?") → \(change.newStatus.rawValue)", battery(change.battery))
        case .droneLocation(let update):
            return join(position(update.location), speed(update.speed), heading(update.heading))
        case .telemetry(let telemetry):
            return join(battery(telemetry.battery), speed(telemetry.speed), heading(telemetry.heading),
                        telemetry.location.map(position))
        case .task(let update):
            return words(update.taskID, update.progress.map { CellText.fixed($0, decimals: 0) + "%" }, update.currentStep,
                         update.reason)
        case .alert(let update) where event.type == .alertAcknowledged:
            return "\(update.alertID) acknowledged by \(update.operatorName ?? "?")"
        case .alert(let update):
            return words(update.level?.rawValue, update.alertType, update.message, update.autoAction.map { "→ \($0)" })
        case .command(let command):
            let target = command.target.map { " to " + position($0) } ?? ""
            return "\(command.command.label)\(target) by \(command.operatorName ?? "?") (\(command.commandID))"
        case .commandResult(let result):
            return words(result.command?.label, result.message, "(\(result.commandID))")
        case .user(let activity):
            return words(activity.userID, activity.action, activity.target, activity.result)
        case .system(let notice):
            return words(notice.component, notice.status, notice.message)
        case .metric(let sample):
            return "\(sample.name) = \(sample.value)"
        case .log(let line):
            return words(line.level, line.service, line.message)
        case .unknown:
            return "(a type this console does not know; p shows its JSON)"
        }
    }

    /// "22.54310, 114.05790 120 m".
    static func position(_ point: GeoPoint) -> String {
        CellText.fixed(point.latitude, decimals: 5) + ", " + CellText.fixed(point.longitude, decimals: 5)
            + (point.altitude.map { " " + CellText.fixed($0, decimals: 0) + " m" } ?? "")
    }

    private static func battery(_ value: Double?) -> String? {
        value.map { "battery " + CellText.fixed($0, decimals: 0) + "%" }
    }

    private static func speed(_ value: Double?) -> String? {
        value.map { CellText.fixed($0, decimals: 1) + " m/s" }
    }

    private static func heading(_ value: Double?) -> String? {
        value.map { CellText.fixed($0, decimals: 0) + "°" }
    }

    /// Measurements two spaces apart, the absent ones left out.
    private static func join(_ parts: String?...) -> String {
        parts.compactMap { $0 }.joined(separator: "  ")
    }

    private static func words(_ parts: String?...) -> String {
        parts.compactMap { $0 }.joined(separator: " ")
    }
}
