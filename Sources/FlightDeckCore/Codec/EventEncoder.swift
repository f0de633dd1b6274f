/// Writes events as the system's JSON envelope.
public enum EventEncoder {
    /// The bytes that came off the wire when there are any, so unknown fields survive; otherwise the typed
    /// payload as compact JSON with the envelope's keys in the order id, type, source, timestamp, data.
    public static func encode(_ event: Event) -> [UInt8] {
        if let raw = event.raw { return raw }
        var writer = JSONWriter()
        writer.openObject()
        writer.field("id", event.id)
        writer.field("type", event.type.rawValue)
        writer.field("source", event.source)
        writer.field("timestamp", event.timestamp.iso8601)
        writer.openObject("data")
        write(event.payload, to: &writer)
        writer.closeObject()
        writer.closeObject()
        return writer.bytes
    }

    private static func write(_ payload: Payload, to writer: inout JSONWriter) {
        switch payload {
        case .droneStatus(let p):
            writer.field("drone_id", p.droneID)
            writer.field("old_status", p.oldStatus?.rawValue)
            writer.field("new_status", p.newStatus.rawValue)
            writer.field("location", p.location)
            writer.field("battery", p.battery)
        case .droneLocation(let p):
            writer.field("drone_id", p.droneID)
            writer.field("location", p.location)
            writer.field("speed", p.speed)
            writer.field("heading", p.heading)
        case .telemetry(let p):
            writer.field("drone_id", p.droneID)
            writer.field("battery", p.battery)
            writer.field("speed", p.speed)
            writer.field("heading", p.heading)
            writer.field("location", p.location)
        case .task(let p):
            writer.field("task_id", p.taskID)
            writer.field("drone_id", p.droneID)
            writer.field("name", p.name)
            writer.field("progress", p.progress)
            writer.field("current_step", p.currentStep)
            writer.field("estimated_completion", p.estimatedCompletion?.iso8601)
            writer.field("reason", p.reason)
        case .alert(let p):
            writer.field("alert_id", p.alertID)
            writer.field("type", p.alertType)
            writer.field("level", p.level?.rawValue)
            writer.field("message", p.message)
            writer.field("drone_id", p.droneID)
            writer.field("auto_action", p.autoAction)
            writer.field("operator", p.operatorName)
        case .command(let p):
            writer.field("command_id", p.commandID)
            writer.field("drone_id", p.droneID)
            writer.field("command", p.command.rawValue)
            writer.field("parameters", p.target)
            writer.field("operator", p.operatorName)
        case .commandResult(let p):
            writer.field("command_id", p.commandID)
            writer.field("drone_id", p.droneID)
            writer.field("command", p.command?.rawValue)
            writer.field("message", p.message)
        case .user(let p):
            writer.field("user_id", p.userID)
            writer.field("action", p.action)
            writer.field("target", p.target)
            writer.field("result", p.result)
            writer.field("host", p.host)
        case .system(let p):
            writer.field("component", p.component)
            writer.field("status", p.status)
            writer.field("level", p.level?.rawValue)
            writer.field("message", p.message)
        case .metric(let p):
            writer.field("name", p.name)
            writer.field("value", p.value)
            writer.openObject("labels")
            for (key, value) in p.labels.sorted(by: { $0.key < $1.key }) {
                writer.member(key, value)
            }
            writer.closeObject()
        case .log(let p):
            writer.field("level", p.level)
            writer.field("service", p.service)
            writer.field("message", p.message)
        case .unknown(let droneID):
            writer.field("drone_id", droneID)
        }
    }
}
