import FlightDeckCore

/// Messages in the seed's format, verbatim, one per event family.
enum Fixtures {
    static let droneStatusChanged = #"{"id": "550e8400-e29b-41d4-a716-446655440000", "type": "drone.status.changed", "source": "drone-control-service", "timestamp": "2025-08-03T10:30:00Z", "data": {"drone_id": "drone-007", "old_status": "idle", "new_status": "flying", "location": {"latitude": 22.5431, "longitude": 114.0579, "altitude": 120.5}, "battery": 85.5}}"#
    static let taskProgress = #"{"id": "7d1f9a3e-2b4c-4e8f-9a6d-3c5b7e9f1a2b", "type": "task.progress", "source": "task-service", "timestamp": "2025-08-03T10:31:00.250Z", "data": {"task_id": "task-42", "drone_id": "drone-007", "progress": 37.5, "current_step": "巡检点位3", "estimated_completion": "2025-08-03T10:45:00Z"}}"#
    static let alertCreated = #"{"id": "a3c9e1f0-5d7b-4a2e-8c6f-1b3d5e7f9a0c", "type": "alert.created", "source": "alert-service", "timestamp": "2025-08-03T10:32:00Z", "data": {"alert_id": "alert-9", "type": "battery_low", "level": "warning", "message": "无人机电量低于20%", "drone_id": "drone-007", "auto_action": "return_to_base"}}"#

    static let start = Timestamp(millisecondsSinceEpoch: 1_754_216_000_000)
    static let location = GeoPoint(latitude: 22.5431, longitude: 114.0579, altitude: 120.5)

    /// One constructed event of every payload kind.
    static var everyPayload: [Event] {
        let payloads: [(EventType, Payload)] = [
            (.droneStatusChanged, .droneStatus(DroneStatusChange(droneID: "drone-1", oldStatus: .idle, newStatus: .flying, location: location, battery: 85.5))),
            (.droneStatusChanged, .droneStatus(DroneStatusChange(droneID: "drone-1", oldStatus: nil, newStatus: "custom_state"))),
            (.droneLocationUpdated, .droneLocation(DroneLocation(droneID: "drone-1", location: location, speed: 12.25, heading: 270))),
            (.droneTelemetry, .telemetry(DroneTelemetry(droneID: "drone-1", battery: 19.5, speed: 0, heading: 359.9, location: nil))),
            (.taskCreated, .task(TaskUpdate(taskID: "t-1", droneID: "drone-1", name: "巡检任务-0042"))),
            (.taskProgress, .task(TaskUpdate(taskID: "t-1", droneID: "drone-1", progress: 37.5, currentStep: "巡检点位3",
                                             estimatedCompletion: start.adding(milliseconds: 600_123)))),
            (.taskFailed, .task(TaskUpdate(taskID: "t-1", reason: "电量不足 \"aborted\"\n"))),
            (.alertCreated, .alert(AlertUpdate(alertID: "a-1", alertType: "battery_low", level: .warning, message: "无人机电量低于20%",
                                               droneID: "drone-1", autoAction: "return_to_base"))),
            (.alertAcknowledged, .alert(AlertUpdate(alertID: "a-1", droneID: "drone-1", operatorName: "李工"))),
            (.commandIssued, .command(DroneCommand(commandID: "c-1", droneID: "drone-1", command: .goTo,
                                                   target: GeoPoint(latitude: -33.5, longitude: -70.25, altitude: 80), operatorName: "ops"))),
            (.commandRejected, .commandResult(CommandResult(commandID: "c-1", droneID: "drone-1", command: .takeOff, message: "battery 5%"))),
            (.userAction, .user(UserActivity(userID: "ops", action: "ack", target: "a-1", result: "ok"))),
            (.systemHealth, .system(SystemNotice(component: "alert-service", status: "healthy", level: .info, message: "ok"))),
            (.metricSample, .metric(MetricSample(name: "fleet_airborne", value: 21, labels: ["site": "深圳", "zone": "a"]))),
            (.logEntry, .log(LogLine(level: "error", service: "task-service", message: "tab\there \u{1}"))),
            ("drone.registered", .unknown(droneID: "drone-9")),
        ]
        return payloads.enumerated().map { index, item in
            Event(id: "event-\(index)", type: item.0, source: "test", timestamp: start.adding(milliseconds: Int64(index) * 1001), payload: item.1)
        }
    }
}
