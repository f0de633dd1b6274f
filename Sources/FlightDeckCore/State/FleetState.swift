import DequeModule

/// What applying one event did to the fleet state.
public enum ApplyOutcome: Hashable, Sendable {
    /// The event changed the state.
    case applied
    /// An event with this id was applied before; nothing changed.
    case duplicate
    /// The drone event is older than what its drone already shows: kept in the drone's history, state not regressed.
    case outOfOrder
}

/// Counts of what the reducer has seen, for the status line.
public struct FleetCounters: Hashable, Sendable {
    public var applied = 0
    public var duplicates = 0
    public var outOfOrder = 0

    public init() {}
}

/// The fleet as the events describe it: drones, tasks and alerts.
///
/// `apply(_:)` is the only way it changes. It is idempotent on event id and never lets an older event
/// overwrite a newer one, and every collection it holds is capped by `limits`.
public struct FleetState: Sendable {
    public private(set) var drones: [String: DroneState] = [:]
    public private(set) var tasks: [String: TaskState] = [:]
    public private(set) var alerts: [String: AlertState] = [:]
    public private(set) var counters = FleetCounters()
    public let limits: FleetLimits
    /// Operator commands and their answers; read them through `commands`.
    private(set) var commandTracker = CommandTracker()

    private var seenIDs: RecentIDs
    private var finishedTaskOrder: Deque<String> = []
    private var resolvedAlertOrder: Deque<String> = []

    public init(limits: FleetLimits = FleetLimits()) {
        self.limits = limits
        self.seenIDs = RecentIDs(capacity: limits.rememberedEventIDs)
    }

    @discardableResult
    public mutating func apply(_ event: Event) -> ApplyOutcome {
        guard seenIDs.insert(event.id) else {
            counters.duplicates += 1
            return .duplicate
        }
        let outcome: ApplyOutcome
        if let droneID = event.droneID, !droneID.isEmpty {
            outcome = applyToDrone(droneID, event)
        } else {
            outcome = .applied
        }
        switch event.payload {
        case .task(let update): applyTask(update, type: event.type, at: event.timestamp)
        case .alert(let update): applyAlert(update, type: event.type, at: event.timestamp)
        case .command(let command): commandTracker.issue(command, at: event.timestamp)
        case .commandResult(let answer): commandTracker.record(answer, type: event.type, at: event.timestamp)
        default: break
        }
        switch outcome {
        case .applied: counters.applied += 1
        case .outOfOrder: counters.outOfOrder += 1
        case .duplicate: counters.duplicates += 1
        }
        return outcome
    }

    // MARK: Drones

    private mutating func applyToDrone(_ droneID: String, _ event: Event) -> ApplyOutcome {
        if drones.count >= limits.drones, drones[droneID] == nil {
            makeRoomForDrone()
        }
        var taskIsActive = false
        if case .task(let update) = event.payload {
            taskIsActive = tasks[update.taskID]?.phase ?? .active == .active
        }
        // Changed in place: no second lookup, and the drone's history is never copied.
        return Self.fold(event, into: &drones[droneID, default: DroneState(id: droneID, lastSeen: event.timestamp)],
                         historyLimit: limits.recentEventsPerDrone, taskIsActive: taskIsActive)
    }

    /// `taskIsActive`: whether the task a task event names is still open, as the state knew it before this event.
    private static func fold(_ event: Event, into drone: inout DroneState, historyLimit: Int,
                             taskIsActive: Bool) -> ApplyOutcome {
        drone.remember(event, limit: historyLimit)
        // A finished task frees its drone whatever the order: task and drone events travel on different topics,
        // so a completion can arrive after telemetry that is newer than it.
        if case .task(let update) = event.payload, finishesTask(event.type), drone.currentTaskID == update.taskID {
            drone.currentTaskID = nil
        }
        drone.lastSeen = max(drone.lastSeen, event.timestamp)
        if event.type.category == .drone {
            if let reportedAt = drone.reportedAt, event.timestamp < reportedAt { return .outOfOrder }
            drone.reportedAt = event.timestamp
        }
        switch event.payload {
        case .droneStatus(let change):
            drone.status = change.newStatus
            if let location = change.location { drone.location = location }
            if let battery = change.battery { drone.battery = battery }
        case .droneLocation(let update):
            drone.location = update.location
            if let speed = update.speed { drone.speed = speed }
            if let heading = update.heading { drone.heading = heading }
        case .telemetry(let telemetry):
            if let battery = telemetry.battery { drone.battery = battery }
            if let speed = telemetry.speed { drone.speed = speed }
            if let heading = telemetry.heading { drone.heading = heading }
            if let location = telemetry.location { drone.location = location }
        case .task(let update):
            if !finishesTask(event.type), taskIsActive {
                drone.currentTaskID = update.taskID
            }
        default:
            break
        }
        return .applied
    }

    private static func finishesTask(_ type: EventType) -> Bool {
        type == .taskCompleted || type == .taskFailed
    }

    /// Forgets the longest-silent drone when the fleet is at its cap.
    private mutating func makeRoomForDrone() {
        guard drones.count >= limits.drones,
              let oldest = drones.values.min(by: { $0.lastSeen < $1.lastSeen }) else { return }
        drones.removeValue(forKey: oldest.id)
    }

    // MARK: Tasks

    private mutating func applyTask(_ update: TaskUpdate, type: EventType, at time: Timestamp) {
        if tasks[update.taskID] == nil, tasks.count >= limits.tasks,
           let stalest = tasks.values.min(by: { $0.updatedAt < $1.updatedAt }) {
            tasks.removeValue(forKey: stalest.id)
        }
        var task = tasks[update.taskID] ?? TaskState(id: update.taskID, updatedAt: time)
        guard task.phase == .active else { return }
        if let droneID = update.droneID { task.droneID = droneID }
        if let name = update.name { task.name = name }
        switch type {
        case .taskCompleted:
            task.phase = .completed
            task.progress = 100
        case .taskFailed:
            task.phase = .failed
            task.failureReason = update.reason
        default:
            break
        }
        if time >= task.updatedAt {
            if let progress = update.progress { task.progress = max(task.progress, progress) }
            if let step = update.currentStep { task.currentStep = step }
            if let eta = update.estimatedCompletion { task.estimatedCompletion = eta }
            task.updatedAt = time
        }
        tasks[update.taskID] = task
        if task.phase != .active {
            finishedTaskOrder.append(task.id)
            while finishedTaskOrder.count > limits.finishedTasks, let oldest = finishedTaskOrder.popFirst() {
                tasks.removeValue(forKey: oldest)
            }
        }
    }

    // MARK: Alerts

    private mutating func applyAlert(_ update: AlertUpdate, type: EventType, at time: Timestamp) {
        if alerts[update.alertID] == nil {
            makeRoomForAlert()
        }
        var alert = alerts[update.alertID] ?? AlertState(id: update.alertID, raisedAt: time)
        let wasResolved = alert.phase == .resolved
        if let alertType = update.alertType { alert.alertType = alertType }
        if let level = update.level { alert.level = level }
        if let message = update.message { alert.message = message }
        if let droneID = update.droneID { alert.droneID = droneID }
        if let autoAction = update.autoAction { alert.autoAction = autoAction }
        switch type {
        case .alertCreated:
            alert.raisedAt = min(alert.raisedAt, time)
        case .alertAcknowledged:
            alert.phase = max(alert.phase, .acknowledged)
            alert.acknowledgedBy = update.operatorName ?? alert.acknowledgedBy
        case .alertResolved:
            alert.phase = .resolved
        default:
            break
        }
        alert.updatedAt = max(alert.updatedAt, time)
        alerts[update.alertID] = alert
        if alert.phase == .resolved && !wasResolved {
            resolvedAlertOrder.append(alert.id)
            while resolvedAlertOrder.count > limits.resolvedAlerts, let oldest = resolvedAlertOrder.popFirst() {
                alerts.removeValue(forKey: oldest)
            }
        }
    }

    /// Forgets the oldest alert when an alert storm fills the cap.
    private mutating func makeRoomForAlert() {
        guard alerts.count >= limits.alerts,
              let oldest = alerts.values.min(by: { $0.raisedAt < $1.raisedAt }) else { return }
        alerts.removeValue(forKey: oldest.id)
    }
}
