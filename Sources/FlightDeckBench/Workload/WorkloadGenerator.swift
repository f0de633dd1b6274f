import FlightDeckCore

/// Generates a realistic, repeatable feed of seed-format messages for a fleet of `drones`.
///
/// Every drone flies a random walk around Shenzhen, cycles through its flight statuses, drains and
/// recharges its battery and works through patrol tasks with Chinese step names; alerts are raised,
/// acknowledged and resolved, and commands are issued and answered, so the fleet state fed by this
/// workload has active tasks and open alerts like a real one. Messages average about 290 bytes.
public struct WorkloadGenerator: Sendable {
    /// `drone-001`, `drone-002`, … named as the simulator names them, so both can feed one fleet.
    public let droneIDs: [String]

    private var drones: [DroneTrack]
    private var random: SeededGenerator
    private var taskCount = 0
    private var alertCount = 0
    private var commandCount = 0
    private var openAlerts: [OpenAlert] = []
    private var pendingCommands: [PendingCommand] = []

    /// Alerts open at most: one drone in twenty, as on a busy shift. At the cap, the oldest is resolved first.
    private let openAlertCapacity: Int
    /// Commands awaiting their answer at most; at the cap, the oldest is answered first.
    private static let pendingCommandCapacity = 64

    public init(drones: Int, seed: UInt64 = 1) {
        let count = max(1, drones)
        let width = max(3, String(count).count)
        droneIDs = (1...count).map { "drone-" + FixedDecimal.zeroPadded($0, width: width) }
        openAlertCapacity = max(8, count / 20)
        random = SeededGenerator(seed: seed)
        var tracks: [DroneTrack] = []
        tracks.reserveCapacity(count)
        for index in 0..<count {
            tracks.append(DroneTrack(index: index, taskNumber: index + 1, using: &random))
        }
        self.drones = tracks
        taskCount = count
    }

    /// The next message, stamped `time`, with a fresh random event id.
    public mutating func next(at time: Timestamp) -> WorkloadMessage {
        let id = random.uuid()
        return next(at: time, id: id)
    }

    /// The next message, stamped `time`, with the given event id (the latency benchmark hides its probe in it).
    public mutating func next(at time: Timestamp, id: String) -> WorkloadMessage {
        let droneIndex = Int(random.next() % UInt64(drones.count))
        let kind = feasible(WorkloadKind.lottery[Int(random.next() % UInt64(WorkloadKind.lottery.count))], for: droneIndex)
        let header = SeedFormat.Header(id: id, type: kind.eventType, timestamp: time)
        let (key, body) = message(of: kind, droneIndex: droneIndex, header: header)
        return WorkloadMessage(kind: kind, topic: Topic.destination(of: kind.eventType), key: key, bytes: Array(body.utf8))
    }

    /// The kind drawn, or what fits the drone's story: a task is created before it progresses or ends, a drone
    /// busy with a task reports progress instead of starting another, an alert is raised before it is acknowledged
    /// or resolved, a command is issued before it is answered.
    private func feasible(_ kind: WorkloadKind, for droneIndex: Int) -> WorkloadKind {
        switch kind {
        case .taskProgress, .taskCompleted, .taskFailed:
            drones[droneIndex].hasOpenTask ? kind : .taskCreated
        case .taskCreated:
            drones[droneIndex].hasOpenTask ? .taskProgress : kind
        case .alertCreated:
            openAlerts.count >= openAlertCapacity ? .alertResolved : kind
        case .alertAcknowledged, .alertResolved:
            openAlerts.isEmpty ? .alertCreated : kind
        case .commandIssued:
            pendingCommands.count >= Self.pendingCommandCapacity ? .commandAccepted : kind
        case .commandAccepted:
            pendingCommands.isEmpty ? .commandIssued : kind
        default:
            kind
        }
    }

    private mutating func message(of kind: WorkloadKind, droneIndex: Int, header: SeedFormat.Header) -> (key: String?, text: String) {
        let droneID = droneIDs[droneIndex]
        switch kind {
        case .location:
            drones[droneIndex].fly(using: &random)
            return (droneID, SeedFormat.location(header, droneID, drones[droneIndex]))
        case .telemetry:
            drones[droneIndex].fly(using: &random)
            return (droneID, SeedFormat.telemetry(header, droneID, drones[droneIndex], signal: -50 - Int(random.next() % 40)))
        case .status:
            let old = drones[droneIndex].status
            drones[droneIndex].advanceStatus()
            return (droneID, SeedFormat.status(header, droneID, old: old, drones[droneIndex]))
        case .taskProgress:
            drones[droneIndex].makeProgress(using: &random)
            return (droneID, SeedFormat.taskProgress(header, droneID, drones[droneIndex]))
        case .taskCreated:
            taskCount += 1
            drones[droneIndex].startTask(number: taskCount)
            return (droneID, SeedFormat.taskCreated(header, droneID, drones[droneIndex]))
        case .taskCompleted, .taskFailed:
            drones[droneIndex].hasOpenTask = false
            let reason = SeedFormat.failureReasons[Int(random.next() % UInt64(SeedFormat.failureReasons.count))]
            return (droneID, SeedFormat.taskFinished(header, droneID, drones[droneIndex], failure: kind == .taskFailed ? reason : nil))
        case .alertCreated:
            return (droneID, raiseAlert(header: header, droneIndex: droneIndex))
        case .alertAcknowledged:
            let alert = openAlerts[openAlerts.count - 1]
            let operatorName = SeedFormat.operators[Int(random.next() % UInt64(SeedFormat.operators.count))]
            return (droneIDs[alert.droneIndex], SeedFormat.alertAcknowledged(header, alert, droneIDs[alert.droneIndex], operatorName))
        case .alertResolved:
            let alert = openAlerts.removeFirst()
            return (droneIDs[alert.droneIndex], SeedFormat.alertResolved(header, alert, droneIDs[alert.droneIndex]))
        case .commandIssued:
            return (droneID, issueCommand(header: header, droneIndex: droneIndex))
        case .commandAccepted:
            let command = pendingCommands.removeFirst()
            return (droneIDs[command.droneIndex], SeedFormat.commandAccepted(header, command, droneIDs[command.droneIndex]))
        case .systemHealth:
            let service = SeedFormat.services[Int(random.next() % UInt64(SeedFormat.services.count))]
            return (nil, SeedFormat.systemHealth(header, service: service))
        case .metricSample:
            let name = SeedFormat.metricNames[Int(random.next() % UInt64(SeedFormat.metricNames.count))]
            let value = Double(random.next() % 100_000) / 100
            return (nil, SeedFormat.metricSample(header, name: name, value: value, zone: Int(random.next() % 4)))
        case .logEntry:
            return (nil, SeedFormat.logEntry(header, droneID, drones[droneIndex]))
        case .userAction:
            let operatorName = SeedFormat.operators[Int(random.next() % UInt64(SeedFormat.operators.count))]
            return (nil, SeedFormat.userAction(header, operatorName: operatorName, target: droneID))
        }
    }

    private mutating func raiseAlert(header: SeedFormat.Header, droneIndex: Int) -> String {
        alertCount += 1
        let alert = OpenAlert(number: alertCount, droneIndex: droneIndex,
                              condition: Int(random.next() % UInt64(SeedFormat.alertConditions.count)))
        openAlerts.append(alert)
        return SeedFormat.alertCreated(header, alert, droneIDs[droneIndex])
    }

    private mutating func issueCommand(header: SeedFormat.Header, droneIndex: Int) -> String {
        commandCount += 1
        let command = PendingCommand(number: commandCount, droneIndex: droneIndex,
                                     name: SeedFormat.commandNames[Int(random.next() % UInt64(SeedFormat.commandNames.count))])
        pendingCommands.append(command)
        let operatorName = SeedFormat.operators[Int(random.next() % UInt64(SeedFormat.operators.count))]
        return SeedFormat.commandIssued(header, command, droneIDs[droneIndex], drones[droneIndex], operatorName: operatorName)
    }
}

/// An alert raised and not yet resolved.
struct OpenAlert: Hashable, Sendable {
    var number: Int
    var droneIndex: Int
    /// Index into `SeedFormat.alertConditions`.
    var condition: Int
}

/// A command issued and not yet answered.
struct PendingCommand: Hashable, Sendable {
    var number: Int
    var droneIndex: Int
    var name: String
}
