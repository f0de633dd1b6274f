/// Chooses the typed payload for an event type and checks the fields that payload cannot do without.
enum PayloadBuilder {
    static func payload(of type: EventType, from fields: DataFields) throws(DecodeError) -> Payload {
        switch type {
        case .droneStatusChanged:
            guard let newStatus = fields.newStatus ?? fields.status else { throw .missingField("new_status") }
            return .droneStatus(DroneStatusChange(droneID: try required(fields.droneID, "drone_id"),
                                                  oldStatus: fields.oldStatus.map(DroneStatus.init(rawValue:)),
                                                  newStatus: DroneStatus(rawValue: newStatus),
                                                  location: fields.location, battery: fields.battery))
        case .droneLocationUpdated:
            return .droneLocation(DroneLocation(droneID: try required(fields.droneID, "drone_id"),
                                                location: try required(fields.location, "location"),
                                                speed: fields.speed, heading: fields.heading))
        case .droneTelemetry:
            return .telemetry(DroneTelemetry(droneID: try required(fields.droneID, "drone_id"), battery: fields.battery,
                                             speed: fields.speed, heading: fields.heading, location: fields.location))
        case .commandIssued:
            return .command(DroneCommand(commandID: try required(fields.commandID, "command_id"),
                                         droneID: try required(fields.droneID, "drone_id"),
                                         command: CommandName(rawValue: try required(fields.command, "command")),
                                         target: fields.target, operatorName: fields.operatorName))
        case .commandAccepted, .commandRejected, .commandCompleted, .commandFailed:
            return .commandResult(CommandResult(commandID: try required(fields.commandID, "command_id"), droneID: fields.droneID,
                                                command: fields.command.map(CommandName.init(rawValue:)),
                                                message: fields.message ?? fields.reason))
        default:
            return try payload(of: type.category, from: fields)
        }
    }

    private static func payload(of category: EventCategory, from fields: DataFields) throws(DecodeError) -> Payload {
        switch category {
        case .task:
            return .task(TaskUpdate(taskID: try required(fields.taskID, "task_id"), droneID: fields.droneID, name: fields.name,
                                    progress: fields.progress, currentStep: fields.currentStep,
                                    estimatedCompletion: fields.estimatedCompletion, reason: fields.reason))
        case .alert:
            return .alert(AlertUpdate(alertID: try required(fields.alertID, "alert_id"), alertType: fields.type,
                                      level: fields.level.map(AlertLevel.init(rawValue:)), message: fields.message,
                                      droneID: fields.droneID, autoAction: fields.autoAction, operatorName: fields.operatorName))
        case .user:
            return .user(UserActivity(userID: fields.userID ?? fields.operatorName, action: fields.action,
                                      target: fields.targetText ?? fields.droneID, result: fields.result, host: fields.host))
        case .system:
            return .system(SystemNotice(component: fields.component ?? fields.service, status: fields.status,
                                        level: fields.level.map(AlertLevel.init(rawValue:)), message: fields.message))
        case .metric:
            return .metric(MetricSample(name: try required(fields.name, "name"), value: try required(fields.value, "value"),
                                        labels: fields.labels))
        case .log:
            return .log(LogLine(level: fields.level, service: fields.service, message: try required(fields.message, "message")))
        case .drone, .command, .other:
            return .unknown(droneID: fields.droneID)
        }
    }

    private static func required<Value>(_ value: Value?, _ field: String) throws(DecodeError) -> Value {
        guard let value else { throw .missingField(field) }
        return value
    }
}
