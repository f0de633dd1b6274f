import FlightDeckCore

/// Valid events of every payload kind with random content: text with escapes, CJK and emoji, numbers
/// across the whole range each field allows, optionals present or absent.
struct RandomEvents {
    var generator: SeededGenerator

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    mutating func event() -> Event {
        let (type, payload) = typedPayload()
        return Event(id: text(), type: type, source: text(), timestamp: timestamp(), payload: payload)
    }

    private mutating func typedPayload() -> (EventType, Payload) {
        switch Int.random(in: 0..<11, using: &generator) {
        case 0:
            return (.droneStatusChanged, .droneStatus(DroneStatusChange(droneID: text(), oldStatus: maybe { DroneStatus(rawValue: $0.text()) },
                                                                        newStatus: DroneStatus(rawValue: text()), location: maybe { $0.point() },
                                                                        battery: maybe { $0.number(in: 0...100) })))
        case 1:
            return (.droneLocationUpdated, .droneLocation(DroneLocation(droneID: text(), location: point(),
                                                                        speed: maybe { $0.number(in: 0...80) }, heading: maybe { $0.number(in: 0..<360) })))
        case 2:
            return (.droneTelemetry, .telemetry(DroneTelemetry(droneID: text(), battery: maybe { $0.number(in: 0...100) },
                                                               speed: maybe { $0.number(in: 0...80) }, heading: maybe { $0.number(in: 0..<360) },
                                                               location: maybe { $0.point() })))
        case 3:
            let type = [EventType.taskCreated, .taskProgress, .taskCompleted, .taskFailed].randomElement(using: &generator)!
            return (type, .task(TaskUpdate(taskID: text(), droneID: maybe { $0.text() }, name: maybe { $0.text() }, progress: maybe { $0.number(in: 0...100) },
                                           currentStep: maybe { $0.text() }, estimatedCompletion: maybe { $0.timestamp() }, reason: maybe { $0.text() })))
        case 4:
            let type = [EventType.alertCreated, .alertAcknowledged, .alertResolved].randomElement(using: &generator)!
            return (type, .alert(AlertUpdate(alertID: text(), alertType: maybe { $0.text() }, level: maybe { AlertLevel(rawValue: $0.text()) },
                                             message: maybe { $0.text() }, droneID: maybe { $0.text() }, autoAction: maybe { $0.text() },
                                             operatorName: maybe { $0.text() })))
        case 5:
            return (.commandIssued, .command(DroneCommand(commandID: text(), droneID: text(), command: CommandName(rawValue: text()),
                                                          target: maybe { $0.point() }, operatorName: maybe { $0.text() })))
        case 6:
            let type = [EventType.commandAccepted, .commandRejected, .commandCompleted, .commandFailed].randomElement(using: &generator)!
            return (type, .commandResult(CommandResult(commandID: text(), droneID: maybe { $0.text() },
                                                       command: maybe { CommandName(rawValue: $0.text()) }, message: maybe { $0.text() })))
        case 7:
            return (.userAction, .user(UserActivity(userID: maybe { $0.text() }, action: maybe { $0.text() }, target: maybe { $0.text() },
                                                    result: maybe { $0.text() })))
        case 8:
            return (.systemHealth, .system(SystemNotice(component: maybe { $0.text() }, status: maybe { $0.text() },
                                                        level: maybe { AlertLevel(rawValue: $0.text()) }, message: maybe { $0.text() })))
        case 9:
            let labels = (0..<Int.random(in: 0...3, using: &generator)).map { _ in (text(), text()) }
            return (.metricSample, .metric(MetricSample(name: text(), value: number(in: -1e12...1e12),
                                                        labels: Dictionary(labels, uniquingKeysWith: { first, _ in first }))))
        default:
            return (.logEntry, .log(LogLine(level: maybe { $0.text() }, service: maybe { $0.text() }, message: text())))
        }
    }

    /// Up to 12 characters drawn from ASCII, JSON's special characters, control characters, CJK and emoji.
    mutating func text() -> String {
        let alphabet: [Character] = ["a", "Z", "7", "-", "_", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "é", "无", "人", "机", "🚁"]
        return String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// A number as services write them: sometimes whole, sometimes short decimals, sometimes full precision.
    mutating func number(in range: ClosedRange<Double>) -> Double {
        let value = Double.random(in: range, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: return value.rounded(.down)
        case 1: return min(max((value * 100).rounded() / 100, range.lowerBound), range.upperBound)
        default: return value
        }
    }

    mutating func number(in range: Range<Double>) -> Double {
        number(in: range.lowerBound...range.upperBound.nextDown)
    }

    mutating func point() -> GeoPoint {
        GeoPoint(latitude: number(in: -90...90), longitude: number(in: -180...180), altitude: maybe { $0.number(in: -500...10_000) })
    }

    mutating func timestamp() -> Timestamp {
        Timestamp(millisecondsSinceEpoch: Int64.random(in: 0...4_102_444_800_000, using: &generator))
    }

    private mutating func maybe<Value>(_ make: (inout RandomEvents) -> Value) -> Value? {
        Bool.random(using: &generator) ? make(&self) : nil
    }
}
