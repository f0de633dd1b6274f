/// Events an operator's console or CLI publishes.
public enum OperatorEvents {
    public static let source = "flightdeck"

    /// `command.issued` on `drone-commands`, keyed by the drone.
    public static func commandIssued(_ command: DroneCommand, id: String, at time: Timestamp) -> Event {
        Event(id: id, type: .commandIssued, source: source, timestamp: time, payload: .command(command))
    }

    /// `alert.acknowledged` on `alert-events`, keyed by the alert's drone.
    public static func alertAcknowledged(alertID: String, droneID: String?, operatorName: String, id: String, at time: Timestamp) -> Event {
        Event(id: id, type: .alertAcknowledged, source: source, timestamp: time,
              payload: .alert(AlertUpdate(alertID: alertID, droneID: droneID, operatorName: operatorName)))
    }
}

/// How operators name drones: `drone-007`, or just `7`, which means `drone-007` as the simulator and the seed number them.
public enum DroneName {
    public static func normalized(_ text: String) -> String {
        guard let number = Int(text), number >= 0 else { return text }
        let digits = String(number)
        return "drone-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
