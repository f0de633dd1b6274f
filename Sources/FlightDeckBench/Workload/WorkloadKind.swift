import FlightDeckCore

/// One kind of message in the benchmark workload, with its share of the traffic.
///
/// The shares follow a drone control system in flight: position reports dominate (about 55% drone
/// events, 25% telemetry, 12% task progress), and task lifecycles, alerts, command traffic, heartbeats,
/// metrics, logs and operator actions make up the rest.
public enum WorkloadKind: String, CaseIterable, Sendable {
    case location, status, telemetry
    case taskProgress, taskCreated, taskCompleted, taskFailed
    case alertCreated, alertAcknowledged, alertResolved
    case commandIssued, commandAccepted
    case systemHealth, metricSample, logEntry, userAction

    /// Parts per thousand of all messages.
    public var weight: Int {
        switch self {
        case .location: 480
        case .status: 70
        case .telemetry: 250
        case .taskProgress: 120
        case .taskCreated: 10
        case .taskCompleted: 8
        case .taskFailed: 2
        case .alertCreated: 12
        case .alertAcknowledged: 4
        case .alertResolved: 8
        case .commandIssued: 3
        case .commandAccepted: 3
        case .systemHealth: 5
        case .metricSample: 10
        case .logEntry: 12
        case .userAction: 3
        }
    }

    public var eventType: EventType {
        switch self {
        case .location: .droneLocationUpdated
        case .status: .droneStatusChanged
        case .telemetry: .droneTelemetry
        case .taskProgress: .taskProgress
        case .taskCreated: .taskCreated
        case .taskCompleted: .taskCompleted
        case .taskFailed: .taskFailed
        case .alertCreated: .alertCreated
        case .alertAcknowledged: .alertAcknowledged
        case .alertResolved: .alertResolved
        case .commandIssued: .commandIssued
        case .commandAccepted: .commandAccepted
        case .systemHealth: .systemHealth
        case .metricSample: .metricSample
        case .logEntry: .logEntry
        case .userAction: .userAction
        }
    }

    /// Every kind repeated `weight` times: one uniform draw from it picks a kind with the right odds.
    static let lottery: [WorkloadKind] = allCases.flatMap { Array(repeating: $0, count: $0.weight) }
}
