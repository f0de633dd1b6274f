import FlightDeckCore
import Testing

@Suite("Decoding events")
struct EventDecoderTests {
    let decoder = EventDecoder()

    @Test("the seed's drone status example decodes field by field")
    func seedStatusExample() throws {
        let event = try decoder.decode(Fixtures.droneStatusChanged)
        #expect(event.id == "550e8400-e29b-41d4-a716-446655440000")
        #expect(event.type == .droneStatusChanged)
        #expect(event.source == "drone-control-service")
        #expect(event.timestamp.iso8601 == "2025-08-03T10:30:00Z")
        #expect(event.payload == .droneStatus(DroneStatusChange(droneID: "drone-007", oldStatus: .idle, newStatus: .flying,
                                                                location: Fixtures.location, battery: 85.5)))
        #expect(event.droneID == "drone-007")
        #expect(event.raw == Array(Fixtures.droneStatusChanged.utf8))
    }

    @Test("CJK text in task steps and alert messages survives")
    func chineseText() throws {
        guard case .task(let task) = try decoder.decode(Fixtures.taskProgress).payload,
              case .alert(let alert) = try decoder.decode(Fixtures.alertCreated).payload else {
            Issue.record("wrong payload kinds")
            return
        }
        #expect(task.currentStep == "巡检点位3")
        #expect(task.progress == 37.5)
        #expect(task.estimatedCompletion?.iso8601 == "2025-08-03T10:45:00Z")
        #expect(alert.message == "无人机电量低于20%")
        #expect(alert.alertType == "battery_low" && alert.level == .warning && alert.autoAction == "return_to_base")
    }

    @Test("data may come before type in the envelope")
    func dataBeforeType() throws {
        let text = #"{"data": {"battery": 42, "drone_id": "drone-3"}, "timestamp": "2025-08-03T10:30:00.5Z", "type": "drone.telemetry", "id": "e-1"}"#
        let event = try decoder.decode(text)
        #expect(event.payload == .telemetry(DroneTelemetry(droneID: "drone-3", battery: 42)))
        #expect(event.source == "")
        #expect(event.timestamp.iso8601 == "2025-08-03T10:30:00.500Z")
    }

    @Test("the payload follows the type's family", arguments: [
        ("task.assigned", "task"), ("alert.escalated", "alert"), ("command.accepted", "commandResult"),
        ("command.failed", "commandResult"), ("command.timeout", "unknown"), ("user.login", "user"),
        ("system.shutdown", "system"), ("metric.gauge", "metric"), ("log.audit", "log"), ("drone.registered", "unknown"),
        ("weather.report", "unknown"),
    ])
    func payloadKinds(type: String, kind: String) throws {
        let data = #"{"drone_id":"d","task_id":"t","alert_id":"a","command_id":"c","name":"n","value":1,"message":"m"}"#
        let event = try decoder.decode(#"{"id":"e","type":"\#(type)","timestamp":"2025-08-03T10:30:00Z","data":\#(data)}"#)
        let decodedKind = switch event.payload {
        case .task: "task"
        case .alert: "alert"
        case .commandResult: "commandResult"
        case .user: "user"
        case .system: "system"
        case .metric: "metric"
        case .log: "log"
        case .unknown(let droneID): droneID == "d" ? "unknown" : "unknown without its drone"
        default: "another kind"
        }
        #expect(decodedKind == kind)
        #expect(event.type.rawValue == type)
    }

    @Test("unknown types and fields are kept in the raw bytes and readable")
    func unknownsAreKept() throws {
        let text = #"{"data": {"drone_id": "d-1", "wind": {"gust": 12}}, "type": "drone.registered", "id": "x", "timestamp": "2025-08-03T10:30:00+08:00", "trace": [1, 2]}"#
        let event = try decoder.decode(text)
        #expect(event.payload == .unknown(droneID: "d-1"))
        #expect(event.timestamp.iso8601 == "2025-08-03T02:30:00Z")
        let value = try JSONValue.parse(EventEncoder.encode(event))
        #expect(value["data"]?["wind"]?["gust"] == .number(12))
        #expect(value["trace"] == .array([.number(1), .number(2)]))
    }

    @Test("unknown fields of a known type are skipped but kept")
    func unknownFieldsOfKnownType() throws {
        let text = #"{"id":"e","type":"drone.telemetry","timestamp":"2025-08-03T10:30:00Z","firmware":{"v":[1,{"x":null}]},"data":{"drone_id":"d","rotor_rpm":[5200,5180],"battery":50}}"#
        let event = try decoder.decode(text)
        #expect(event.payload == .telemetry(DroneTelemetry(droneID: "d", battery: 50)))
        let value = try JSONValue.parse(EventEncoder.encode(event))
        #expect(value["data"]?["rotor_rpm"] == .array([.number(5200), .number(5180)]))
        #expect(value["firmware"]?["v"] == .array([.number(1), .object([(key: "x", value: .null)])]))
    }

    @Test("without raw bytes kept, events carry none")
    func rawBytesCanBeDropped() throws {
        let event = try EventDecoder(keepsRawBytes: false).decode(Fixtures.droneStatusChanged)
        #expect(event.raw == nil)
        #expect(event.droneID == "drone-007")
    }

    @Test("raw buffers from the consumer decode like arrays")
    func rawBuffers() throws {
        let bytes = Array(Fixtures.alertCreated.utf8)
        let fromBuffer = try bytes.withUnsafeBytes { buffer throws(DecodeError) in try decoder.decode(buffer) }
        #expect(fromBuffer == (try decoder.decode(bytes)))
    }
}
