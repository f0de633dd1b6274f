import FlightDeckCore

extension ConsoleState {
    /// Acknowledges the selected feed row: every open alert of the group that has no acknowledgement underway.
    mutating func acknowledgeSelectedAlert() {
        guard let group = selectedAlertGroup(toPublish: "acknowledge") else { return }
        acknowledge(group.alerts(in: fleet))
    }

    /// The selected feed row, for an action that publishes; nil, with the refusal or the error on screen,
    /// when the console is read-only or no row is selected.
    mutating func selectedAlertGroup(toPublish action: String) -> AlertGroup? {
        guard !configuration.readOnly else {
            refuseReadOnly(action, target: alertFeed.selectedGroup?.alertIDs.first)
            return nil
        }
        guard let group = alertFeed.selectedGroup else {
            message = .error("no alert selected")
            return nil
        }
        return group
    }

    /// Acknowledges one alert by id, as `:ack ALERT` asks.
    mutating func acknowledgeAlert(id: String) {
        guard !configuration.readOnly else {
            refuseReadOnly("acknowledge", target: id)
            return
        }
        guard let alert = fleet.alerts[id] else {
            message = .error("ack: no alert '\(id)'")
            return
        }
        acknowledge([alert])
    }

    /// Asks before acknowledging every open alert the feed shows (all rows that pass the filter).
    mutating func acknowledgeAllShownAlerts() {
        guard !configuration.readOnly else {
            refuseReadOnly("acknowledge all shown", target: nil)
            return
        }
        var open: [AlertState] = []
        var rows: [String] = []
        for group in alertFeed.shownGroups {
            let waiting = group.alerts(in: fleet).filter(needsAcknowledgement)
            guard let newest = waiting.first else { continue }
            open += waiting
            let repeats = waiting.count > 1 ? " ×\(waiting.count)" : ""
            rows.append("\(newest.level.rawValue.uppercased()) \(newest.droneID ?? "–") \(newest.message ?? newest.alertType ?? newest.id)\(repeats)")
        }
        guard !open.isEmpty else {
            message = .info("no open alerts to acknowledge")
            return
        }
        let listed = Array(rows.prefix(Self.alertsListedInConfirmation))
        let more = rows.count > listed.count ? ["… and \(rows.count - listed.count) more rows"] : []
        overlay = .confirmation(Confirmation(question: "Acknowledge \(open.count) open alert\(open.count == 1 ? "" : "s")?",
                                             details: listed + more, effects: open.map(acknowledgement)))
    }

    static let alertsListedInConfirmation = 8

    mutating func acknowledge(_ alerts: [AlertState]) {
        let open = alerts.filter(needsAcknowledgement)
        guard !open.isEmpty else {
            let underway = alerts.contains { acknowledgements.isUnderway($0.id) }
            message = .info(underway ? "acknowledgement already sent; waiting for it to come back"
                                     : "nothing to acknowledge: already acknowledged or resolved")
            return
        }
        for alert in open {
            send(acknowledgement(alert))
        }
        message = .info("acknowledgement sent for \(open.map(\.id).joined(separator: ", "))")
    }

    private func needsAcknowledgement(_ alert: AlertState) -> Bool {
        alert.phase == .open && !acknowledgements.isUnderway(alert.id)
    }

    private func acknowledgement(_ alert: AlertState) -> ConsoleEffect {
        .acknowledge(alertID: alert.id, droneID: alert.droneID, operatorName: configuration.operatorName)
    }
}
