/// Caps that keep the fleet state's memory bounded however long the console runs.
public struct FleetLimits: Hashable, Sendable {
    /// Events kept per drone for its tail view.
    public var recentEventsPerDrone: Int
    /// Event ids remembered to recognise redelivered events.
    public var rememberedEventIDs: Int
    /// Finished (completed or failed) tasks kept after they end.
    public var finishedTasks: Int
    /// Tasks kept in all; tasks that never report an end cannot pile up beyond it.
    public var tasks: Int
    /// Resolved alerts kept after they clear.
    public var resolvedAlerts: Int
    /// Alerts kept in all; an alert storm beyond it forgets the oldest.
    public var alerts: Int
    /// Drones tracked at most; beyond it the longest-silent drone is forgotten.
    public var drones: Int

    public init(recentEventsPerDrone: Int = 16, rememberedEventIDs: Int = 100_000, finishedTasks: Int = 500, tasks: Int = 20_000,
                resolvedAlerts: Int = 500, alerts: Int = 10_000, drones: Int = 50_000) {
        self.recentEventsPerDrone = recentEventsPerDrone
        self.rememberedEventIDs = rememberedEventIDs
        self.finishedTasks = finishedTasks
        self.tasks = tasks
        self.resolvedAlerts = resolvedAlerts
        self.alerts = alerts
        self.drones = drones
    }
}
