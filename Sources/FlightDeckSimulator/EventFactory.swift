import FlightDeckCore

/// Writes what happens in the simulation as events: fresh ids, the right service as source,
/// numbers rounded as a real service would send them, and a log line for each notable change.
struct EventFactory: Sendable {
    let services: ServiceNames
    /// Simulated seconds per wall-clock second, to turn remaining flight time into a completion time.
    let timeScale: Double

    /// Where the drone is: `drone.telemetry` with battery, or `drone.location.updated`.
    func position(of drone: SimulatedDrone, asTelemetry: Bool, at time: Timestamp,
                  generator: inout SeededGenerator) -> Event {
        let location = Self.rounded(drone.location)
        let speed = Self.rounded(drone.speed, places: 1)
        let heading = Self.rounded(drone.heading, places: 1).truncatingRemainder(dividingBy: 360)
        if asTelemetry {
            let telemetry = DroneTelemetry(droneID: drone.id, battery: Self.rounded(drone.battery, places: 1),
                                           speed: speed, heading: heading, location: location)
            return event(.droneTelemetry, from: services.telemetry, at: time, .telemetry(telemetry),
                         generator: &generator)
        }
        let update = DroneLocation(droneID: drone.id, location: location, speed: speed, heading: heading)
        return event(.droneLocationUpdated, from: services.telemetry, at: time, .droneLocation(update),
                     generator: &generator)
    }

    /// The events, log line included, that tell of `occurrence`.
    func events(for occurrence: DroneOccurrence, of droneID: String, at time: Timestamp,
                generator: inout SeededGenerator, into events: inout [Event]) {
        func emit(_ type: EventType, _ source: String, _ payload: Payload) {
            events.append(event(type, from: source, at: time, payload, generator: &generator))
        }
        func note(_ level: String, _ service: String, _ message: String) {
            events.append(log(level, service, message, at: time, generator: &generator))
        }
        switch occurrence {
        case .statusChanged(let old, let new, let location, let battery):
            let change = DroneStatusChange(droneID: droneID, oldStatus: old, newStatus: new,
                                           location: Self.rounded(location), battery: Self.rounded(battery, places: 1))
            emit(.droneStatusChanged, services.droneControl, .droneStatus(change))
            if let old {
                note("INFO", services.droneControl, "\(droneID) 状态 \(old) → \(new)")
            }
        case .taskCreated(let route, let remaining):
            let update = TaskUpdate(taskID: route.taskID, droneID: droneID, name: route.name, progress: 0,
                                    estimatedCompletion: completion(after: remaining, from: time))
            emit(.taskCreated, services.tasks, .task(update))
            note("INFO", services.tasks, "\(droneID) 开始\(route.name)（\(route.waypoints.count)个巡检点位）")
        case .taskProgress(let route, let remaining):
            let update = TaskUpdate(taskID: route.taskID, droneID: droneID, name: route.name,
                                    progress: Self.rounded(route.progress, places: 1), currentStep: route.currentStep,
                                    estimatedCompletion: completion(after: remaining, from: time))
            emit(.taskProgress, services.tasks, .task(update))
        case .taskCompleted(let route):
            let update = TaskUpdate(taskID: route.taskID, droneID: droneID, name: route.name, progress: 100,
                                    currentStep: route.currentStep)
            emit(.taskCompleted, services.tasks, .task(update))
            note("INFO", services.tasks, "\(droneID) 完成\(route.name)")
        case .taskFailed(let route, let reason):
            let update = TaskUpdate(taskID: route.taskID, droneID: droneID, name: route.name,
                                    progress: Self.rounded(route.progress, places: 1), currentStep: route.currentStep,
                                    reason: reason)
            emit(.taskFailed, services.tasks, .task(update))
            note("WARN", services.tasks, "\(droneID) \(route.name)失败：\(reason)")
        case .alertRaised(let alert):
            let update = AlertUpdate(alertID: alert.id, alertType: alert.type, level: alert.level, message: alert.message,
                                     droneID: droneID, autoAction: alert.autoAction)
            emit(.alertCreated, services.alerts, .alert(update))
            let level = alert.level == .critical ? "ERROR" : "WARN"
            note(level, services.alerts, "\(droneID) 告警 \(alert.type)：\(alert.message)")
        case .alertResolved(let alert):
            let update = AlertUpdate(alertID: alert.id, alertType: alert.type, level: alert.level, message: alert.message,
                                     droneID: droneID)
            emit(.alertResolved, services.alerts, .alert(update))
            note("INFO", services.alerts, "\(droneID) 告警 \(alert.type) 已解除")
        case .commandCompleted(let command):
            events.append(commandAnswer(.commandCompleted, to: command, message: command.command.completionMessage,
                                        at: time, generator: &generator))
        case .commandFailed(let command, let reason):
            events.append(commandAnswer(.commandFailed, to: command, message: reason, at: time, generator: &generator))
            let summary = "\(droneID) 指令 \(command.command)（\(command.commandID)）"
            note("WARN", services.droneControl, "\(summary)失败：\(reason)")
        }
    }

    /// The drone side's answer to a command: accepted, rejected, completed or failed.
    func commandAnswer(_ type: EventType, to command: DroneCommand, message: String, at time: Timestamp,
                       generator: inout SeededGenerator) -> Event {
        let result = CommandResult(commandID: command.commandID, droneID: command.droneID, command: command.command,
                                   message: message)
        return event(type, from: services.droneControl, at: time, .commandResult(result), generator: &generator)
    }

    func metric(_ name: String, _ value: Double, at time: Timestamp, generator: inout SeededGenerator) -> Event {
        let sample = MetricSample(name: name, value: Self.rounded(value, places: 2))
        return event(.metricSample, from: services.monitoring, at: time, .metric(sample), generator: &generator)
    }

    func heartbeat(of service: String, message: String, at time: Timestamp, generator: inout SeededGenerator) -> Event {
        let notice = SystemNotice(component: service, status: "healthy", level: .info, message: message)
        return event(.systemHealth, from: service, at: time, .system(notice), generator: &generator)
    }

    func log(_ level: String, _ service: String, _ message: String, at time: Timestamp,
             generator: inout SeededGenerator) -> Event {
        let line = LogLine(level: level, service: service, message: message)
        return event(.logEntry, from: service, at: time, .log(line), generator: &generator)
    }

    private func event(_ type: EventType, from source: String, at time: Timestamp, _ payload: Payload,
                       generator: inout SeededGenerator) -> Event {
        Event(id: generator.uuid(), type: type, source: source, timestamp: time, payload: payload)
    }

    /// Wall-clock time at which `simulatedSeconds` of flight end; none while time stands still.
    private func completion(after simulatedSeconds: Double, from time: Timestamp) -> Timestamp? {
        let milliseconds = (simulatedSeconds / timeScale).rounded() * 1000
        guard timeScale > 0, milliseconds.isFinite, milliseconds < 1e12 else { return nil }
        return time.adding(milliseconds: Int64(milliseconds))
    }

    private static func rounded(_ value: Double, places: Int) -> Double {
        let scale = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6][places]
        return (value * scale).rounded() / scale
    }

    private static func rounded(_ point: GeoPoint) -> GeoPoint {
        GeoPoint(latitude: rounded(point.latitude, places: 6), longitude: rounded(point.longitude, places: 6),
                 altitude: point.altitude.map { rounded($0, places: 1) })
    }
}
