import FlightDeckCore

extension ConsoleState {
    /// Starts a drone command from a key or the command line.
    ///
    /// Read-only consoles refuse. Without an explicit drone it goes to the drone the view is about; a go-to
    /// without a target opens the form; landing, and returning to base while airborne, ask first.
    mutating func requestCommand(_ name: CommandName, droneID explicitID: String?, target: GeoPoint?) {
        guard !configuration.readOnly else {
            refuseReadOnly("command \(name.rawValue)", target: explicitID ?? contextDroneID)
            return
        }
        guard let named = explicitID ?? contextDroneID else {
            message = .error("\(name.label): no drone selected; select one in the fleet table or name it, e.g. :\(name.rawValue) 7")
            return
        }
        guard let droneID = knownDroneID(named), let drone = fleet.drones[droneID] else {
            message = .error("\(name.label): unknown drone '\(named)'")
            return
        }
        if name == .goTo && target == nil {
            overlay = .goTo(GoToForm(droneID: droneID, from: drone.location))
            return
        }
        let command = DroneCommand(commandID: outbox.nextCommandID(operatorName: configuration.operatorName, at: now),
                                   droneID: droneID, command: name, target: target,
                                   operatorName: configuration.operatorName)
        if let warning = Self.warning(before: name, to: drone) {
            overlay = .confirmation(Confirmation(question: "\(name.title) \(droneID)?",
                                                 details: Self.situation(of: drone) + [warning],
                                                 effects: [.issueCommand(command)]))
        } else {
            send(.issueCommand(command))
        }
    }

    /// The fleet's id for a drone the operator named: as typed, or `7` for `drone-007`.
    func knownDroneID(_ named: String) -> String? {
        if fleet.drones[named] != nil { return named }
        let normalized = DroneName.normalized(named)
        return fleet.drones[normalized] == nil ? nil : normalized
    }

    /// Records an effect for the loop to perform, and starts tracking its delivery.
    mutating func send(_ effect: ConsoleEffect) {
        effects.append(effect)
        switch effect {
        case .issueCommand(let command):
            outbox.record(command, at: now)
            message = .info("\(command.command.label) → \(command.droneID) sent as \(command.commandID)")
        case .acknowledge(let alertID, _, _):
            acknowledgements.sent(alertID: alertID, at: now)
        case .refuse:
            break
        }
    }

    /// What the operator must know before a dangerous command; nil when it needs no confirmation.
    static func warning(before name: CommandName, to drone: DroneState) -> String? {
        switch name {
        case .land: "It will descend and land where it is now."
        case .returnToBase where drone.status.isAirborne: "It will leave its task and fly back to base."
        default: nil
        }
    }

    static func situation(of drone: DroneState) -> [String] {
        var facts = ["Status: \(drone.status.rawValue)"]
        if let altitude = drone.location?.altitude {
            facts[0] += ", altitude \(CellText.fixed(altitude, decimals: 0)) m"
        }
        if let battery = drone.battery {
            facts[0] += ", battery \(CellText.fixed(battery, decimals: 0))%"
        }
        return facts
    }
}
