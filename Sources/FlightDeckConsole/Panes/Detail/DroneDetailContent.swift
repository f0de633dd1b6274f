import FlightDeckCore

/// What the drone detail view shows, gathered from the state: the drone, its task, its unresolved alerts,
/// its commands and their progress, and its recent events.
struct DroneDetailContent {
    let droneID: String
    let drone: DroneState?
    let task: TaskState?
    /// Open and acknowledged alerts, newest first.
    let alerts: [AlertState]
    /// Newest first.
    let commands: [DetailCommand]
    /// Newest first.
    let events: [Event]
    /// Where the drone has flown lately, when its detail view is the open one.
    let track: Trajectory?

    init(state: ConsoleState, droneID: String) {
        self.droneID = droneID
        let drone = state.fleet.drones[droneID]
        self.drone = drone
        task = drone?.currentTaskID.flatMap { state.fleet.tasks[$0] }
        alerts = state.fleet.alerts.values
            .filter { $0.droneID == droneID && $0.phase != .resolved }
            .sorted { $0.raisedAt != $1.raisedAt ? $0.raisedAt > $1.raisedAt : $0.id > $1.id }
        commands = Self.commands(of: droneID, in: state)
        events = drone?.recentEvents.reversed() ?? []
        track = state.detail?.droneID == droneID ? state.detail?.track : nil
    }

    private static func commands(of droneID: String, in state: ConsoleState) -> [DetailCommand] {
        let timeout = state.configuration.deliveryTimeoutMilliseconds
        var byID: [String: DetailCommand] = [:]
        for seen in state.fleet.commands.values where seen.droneID == droneID {
            let sent = state.outbox.command(id: seen.id)
            byID[seen.id] = DetailCommand(id: seen.id, name: seen.command ?? sent?.command.command,
                                          operatorName: seen.operatorName ?? sent?.command.operatorName,
                                          time: sent?.sentAt ?? seen.issuedAt ?? seen.updatedAt,
                                          progress: CommandProgress(sent: sent, seen: seen, now: state.now, timeout: timeout))
        }
        for sent in state.outbox.sent where sent.command.droneID == droneID && byID[sent.command.commandID] == nil {
            byID[sent.command.commandID] = DetailCommand(
                id: sent.command.commandID, name: sent.command.command, operatorName: sent.command.operatorName,
                time: sent.sentAt, progress: CommandProgress(sent: sent, seen: nil, now: state.now, timeout: timeout))
        }
        return byID.values.sorted { $0.time != $1.time ? $0.time > $1.time : $0.id > $1.id }
    }
}
