import FlightDeckCore

/// Sending again what Kafka did not deliver. A command goes out as a new command with a new id, after the
/// operator says yes, and the old one stays undeliverable: nothing is ever sent twice without the operator
/// seeing it. Only a command whose delivery report said no can be retried: one still waiting for its report
/// may yet be delivered by librdkafka.
extension ConsoleState {
    /// `R`: the selected row's failed acknowledgements in the alert feed, else the drone in view's last command.
    mutating func retry() {
        if keyContext == .alerts {
            retrySelectedAcknowledgements()
        } else {
            retryCommand(id: nil)
        }
    }

    /// Asks before sending an undeliverable command again: the one named, or the last one sent to the drone in view.
    mutating func retryCommand(id: String?) {
        guard !configuration.readOnly else {
            refuseReadOnly("retry", target: id ?? contextDroneID)
            return
        }
        guard let failed = commandToRetry(id: id) else { return }
        guard failed.isRetryable, case .undeliverable(let reason) = failed.delivery else {
            message = .error("retry: " + Self.whyNotRetryable(failed))
            return
        }
        let old = failed.command
        let command = DroneCommand(commandID: outbox.nextCommandID(operatorName: configuration.operatorName, at: now),
                                   droneID: old.droneID, command: old.command, target: old.target,
                                   operatorName: configuration.operatorName)
        var details = fleet.drones[old.droneID].map(Self.situation) ?? []
        details += ["\(old.commandID) was not delivered: \(reason)",
                    "It goes out as a new command, \(command.commandID); the old one stays failed."]
        if let drone = fleet.drones[old.droneID], let warning = Self.warning(before: old.command, to: drone) {
            details.append(warning)
        }
        overlay = .confirmation(Confirmation(question: "Send \(old.command.label) to \(old.droneID) again?", details: details,
                                             effects: [.issueCommand(command)], retrying: old.commandID))
    }

    /// Marks `failedID` as sent again by the command among `effects`, once the operator said yes.
    mutating func noteRetry(of failedID: String, by effects: [ConsoleEffect]) {
        guard case .issueCommand(let command)? = effects.first else { return }
        outbox.noteRetry(of: failedID, as: command.commandID)
        message = .info("\(command.command.label) → \(command.droneID) sent again as \(command.commandID) (\(failedID) stays failed)")
    }

    private mutating func commandToRetry(id: String?) -> SentCommand? {
        if let id {
            guard let sent = outbox.command(id: id) else {
                message = .error("retry: this console sent no command '\(id)' (or it is too old to keep)")
                return nil
            }
            return sent
        }
        guard let droneID = contextDroneID else {
            message = .error("retry: no drone selected; select one, or name the command, e.g. :retry alice-1754217001000-1")
            return nil
        }
        guard let sent = outbox.newest(to: droneID) else {
            message = .error("retry: this console has sent no command to \(droneID)")
            return nil
        }
        return sent
    }

    private static func whyNotRetryable(_ sent: SentCommand) -> String {
        let name = "\(sent.command.command.label) → \(sent.command.droneID) (\(sent.command.commandID))"
        if let newer = sent.retriedAs { return "\(name) was already sent again as \(newer)" }
        switch sent.delivery {
        case .pending: return "\(name) has no delivery report yet and may still be delivered; wait for the report"
        case .delivered: return "\(name) was delivered; send a new command if it is still needed"
        case .undeliverable: return "\(name) cannot be sent again"
        }
    }

    private mutating func retrySelectedAcknowledgements() {
        guard let group = selectedAlertGroup(toPublish: "retry acknowledge") else { return }
        let failed = group.alerts(in: fleet).filter { $0.phase == .open && acknowledgements.hasFailed($0.id) }
        guard !failed.isEmpty else {
            message = .info("retry: no failed acknowledgement on this row")
            return
        }
        acknowledge(failed)
    }
}
