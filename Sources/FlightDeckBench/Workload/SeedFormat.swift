import FlightDeckCore

/// Writes workload messages in the seed's layout: one JSON envelope with `", "` and `": "` separators,
/// snake_case fields and Chinese text as raw UTF-8, as the drone control system's services publish them.
///
/// Every text it inserts comes from the tables below or from ids and numbers, none of which needs escaping.
enum SeedFormat {
    /// The envelope's own fields.
    struct Header {
        var id: String
        var type: EventType
        var timestamp: Timestamp
    }

    static let services = ["drone-control-service", "telemetry-service", "task-service", "alert-service", "monitoring-service"]
    static let operators = ["李工", "王工", "张工", "ops-chen"]
    static let failureReasons = ["电量不足，任务中止", "风速过大（12.5 m/s），任务中止", "图传中断超过30秒"]
    static let commandNames = ["return_to_base", "hold", "resume", "goto", "land"]
    static let metricNames = ["fleet_airborne", "fleet_avg_battery", "fleet_open_alerts", "consumer_lag"]
    static let alertConditions: [(type: String, level: String, message: String, action: String)] = [
        ("battery_low", "warning", "无人机电量低于20%", "return_to_base"),
        ("signal_weak", "warning", "图传信号弱，已切换备用链路", "hover"),
        ("geofence_breach", "critical", "无人机接近电子围栏边界", "return_to_base"),
        ("motor_temperature", "critical", "电机温度过高（92°C）", "land"),
    ]

    static func location(_ header: Header, _ droneID: String, _ drone: DroneTrack) -> String {
        envelope(header, source: "telemetry-service", data: #"""
            "drone_id": "\#(droneID)", "location": \#(point(drone)), "speed": \#(FixedDecimal.text(drone.speed, places: 1)), \#
            "heading": \#(FixedDecimal.text(drone.heading, places: 1))
            """#)
    }

    static func telemetry(_ header: Header, _ droneID: String, _ drone: DroneTrack, signal: Int) -> String {
        envelope(header, source: "telemetry-service", data: #"""
            "drone_id": "\#(droneID)", "battery": \#(FixedDecimal.text(drone.battery, places: 1)), \#
            "speed": \#(FixedDecimal.text(drone.speed, places: 1)), "heading": \#(FixedDecimal.text(drone.heading, places: 1)), \#
            "signal_strength": \#(signal), "motor_temperature": \#(FixedDecimal.text(35 + drone.speed, places: 1))
            """#)
    }

    static func status(_ header: Header, _ droneID: String, old: String, _ drone: DroneTrack) -> String {
        envelope(header, source: "drone-control-service", data: #"""
            "drone_id": "\#(droneID)", "old_status": "\#(old)", "new_status": "\#(drone.status)", \#
            "location": \#(point(drone)), "battery": \#(FixedDecimal.text(drone.battery, places: 1))
            """#)
    }

    static func taskProgress(_ header: Header, _ droneID: String, _ drone: DroneTrack) -> String {
        envelope(header, source: "task-service", data: #"""
            "task_id": "\#(taskID(drone))", "drone_id": "\#(droneID)", "progress": \#(FixedDecimal.text(drone.progress, places: 1)), \#
            "current_step": "巡检点位\#(drone.step)", "estimated_completion": "\#(header.timestamp.adding(milliseconds: 600_000).iso8601)"
            """#)
    }

    static func taskCreated(_ header: Header, _ droneID: String, _ drone: DroneTrack) -> String {
        envelope(header, source: "task-service", data: #"""
            "task_id": "\#(taskID(drone))", "drone_id": "\#(droneID)", "name": "\#(taskName(drone))", "progress": 0, \#
            "estimated_completion": "\#(header.timestamp.adding(milliseconds: 1_200_000).iso8601)"
            """#)
    }

    /// `task.completed`, or `task.failed` when there is a `failure` reason.
    static func taskFinished(_ header: Header, _ droneID: String, _ drone: DroneTrack, failure: String?) -> String {
        let outcome = failure.map { #""progress": \#(FixedDecimal.text(drone.progress, places: 1)), "reason": "\#($0)""# }
            ?? #""progress": 100, "current_step": "返航""#
        return envelope(header, source: "task-service", data: #"""
            "task_id": "\#(taskID(drone))", "drone_id": "\#(droneID)", "name": "\#(taskName(drone))", \#(outcome)
            """#)
    }

    static func alertCreated(_ header: Header, _ alert: OpenAlert, _ droneID: String) -> String {
        let condition = alertConditions[alert.condition]
        return envelope(header, source: "alert-service", data: #"""
            "alert_id": "alert-\#(alert.number)", "type": "\#(condition.type)", "level": "\#(condition.level)", \#
            "message": "\#(condition.message)", "drone_id": "\#(droneID)", "auto_action": "\#(condition.action)"
            """#)
    }

    static func alertAcknowledged(_ header: Header, _ alert: OpenAlert, _ droneID: String, _ operatorName: String) -> String {
        envelope(header, source: "alert-service", data: #"""
            "alert_id": "alert-\#(alert.number)", "drone_id": "\#(droneID)", "operator": "\#(operatorName)", "note": "已通知现场人员"
            """#)
    }

    static func alertResolved(_ header: Header, _ alert: OpenAlert, _ droneID: String) -> String {
        let condition = alertConditions[alert.condition]
        return envelope(header, source: "alert-service", data: #"""
            "alert_id": "alert-\#(alert.number)", "type": "\#(condition.type)", "level": "\#(condition.level)", \#
            "message": "告警已解除", "drone_id": "\#(droneID)"
            """#)
    }

    static func commandIssued(_ header: Header, _ command: PendingCommand, _ droneID: String, _ drone: DroneTrack,
                              operatorName: String) -> String {
        envelope(header, source: "command-service", data: #"""
            "command_id": "cmd-\#(command.number)", "drone_id": "\#(droneID)", "command": "\#(command.name)", \#
            "parameters": \#(point(drone)), "operator": "\#(operatorName)"
            """#)
    }

    static func commandAccepted(_ header: Header, _ command: PendingCommand, _ droneID: String) -> String {
        envelope(header, source: "drone-control-service", data: #"""
            "command_id": "cmd-\#(command.number)", "drone_id": "\#(droneID)", "command": "\#(command.name)", "message": "指令已接受，正在执行"
            """#)
    }

    static func systemHealth(_ header: Header, service: String) -> String {
        envelope(header, source: service, data: #"""
            "component": "\#(service)", "status": "healthy", "level": "info", "message": "心跳正常", "uptime_seconds": 86400
            """#)
    }

    static func metricSample(_ header: Header, name: String, value: Double, zone: Int) -> String {
        envelope(header, source: "monitoring-service", data: #"""
            "name": "\#(name)", "value": \#(FixedDecimal.text(value, places: 2)), "labels": {"site": "深圳", "zone": "zone-\#(zone)"}
            """#)
    }

    static func logEntry(_ header: Header, _ droneID: String, _ drone: DroneTrack) -> String {
        envelope(header, source: "drone-control-service", data: #"""
            "level": "INFO", "service": "drone-control-service", "message": "\#(droneID) 到达巡检点位\#(drone.step)，状态 \#(drone.status)"
            """#)
    }

    static func userAction(_ header: Header, operatorName: String, target: String) -> String {
        envelope(header, source: "user-service", data: #"""
            "user_id": "\#(operatorName)", "action": "view_drone", "target": "\#(target)", "result": "success"
            """#)
    }

    private static func envelope(_ header: Header, source: String, data: String) -> String {
        #"{"id": "\#(header.id)", "type": "\#(header.type.rawValue)", "source": "\#(source)", "timestamp": "\#(header.timestamp.iso8601)", "data": {\#(data)}}"#
    }

    private static func point(_ drone: DroneTrack) -> String {
        #"{"latitude": \#(FixedDecimal.text(drone.latitude, places: 6)), "longitude": \#(FixedDecimal.text(drone.longitude, places: 6)), "altitude": \#(FixedDecimal.text(drone.altitude, places: 1))}"#
    }

    private static func taskID(_ drone: DroneTrack) -> String { "task-" + FixedDecimal.zeroPadded(drone.taskNumber, width: 6) }

    private static func taskName(_ drone: DroneTrack) -> String { "巡检任务-" + FixedDecimal.zeroPadded(drone.taskNumber, width: 4) }
}
