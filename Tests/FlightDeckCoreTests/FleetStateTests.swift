import FlightDeckCore
import Testing

@Suite("Folding events into fleet state")
struct FleetStateTests {
    static let start = Fixtures.start

    static func telemetry(_ id: String, drone: String = "drone-1", battery: Double, at second: Int64) -> Event {
        Event(id: id, type: .droneTelemetry, source: "t", timestamp: start.adding(milliseconds: second * 1000),
              payload: .telemetry(DroneTelemetry(droneID: drone, battery: battery, speed: 10, location: Fixtures.location)))
    }

    static func status(_ id: String, _ status: DroneStatus, at second: Int64) -> Event {
        Event(id: id, type: .droneStatusChanged, source: "t", timestamp: start.adding(milliseconds: second * 1000),
              payload: .droneStatus(DroneStatusChange(droneID: "drone-1", oldStatus: nil, newStatus: status)))
    }

    static func task(_ id: String, _ type: EventType, progress: Double? = nil, step: String? = nil, at second: Int64) -> Event {
        Event(id: id, type: type, source: "t", timestamp: start.adding(milliseconds: second * 1000),
              payload: .task(TaskUpdate(taskID: "task-1", droneID: "drone-1", progress: progress, currentStep: step)))
    }

    static func alert(_ id: String, _ type: EventType, alert: String = "alert-1", at second: Int64) -> Event {
        Event(id: id, type: type, source: "t", timestamp: start.adding(milliseconds: second * 1000),
              payload: .alert(AlertUpdate(alertID: alert, alertType: "battery_low", level: .warning, message: "无人机电量低于20%",
                                          droneID: "drone-1", operatorName: type == .alertAcknowledged ? "李工" : nil)))
    }

    @Test("an event delivered twice is applied once")
    func idempotent() {
        var fleet = FleetState()
        #expect(fleet.apply(Self.telemetry("e1", battery: 80, at: 1)) == .applied)
        #expect(fleet.apply(Self.telemetry("e2", battery: 70, at: 2)) == .applied)
        #expect(fleet.apply(Self.telemetry("e1", battery: 80, at: 1)) == .duplicate)
        #expect(fleet.drones["drone-1"]?.battery == 70)
        #expect(fleet.drones["drone-1"]?.recentEvents.count == 2)
        #expect(fleet.counters.applied == 2 && fleet.counters.duplicates == 1)
    }

    @Test("an older event never regresses what a drone shows, but stays in its history")
    func ordering() {
        var fleet = FleetState()
        fleet.apply(Self.status("s2", .returning, at: 10))
        #expect(fleet.apply(Self.status("s1", .flying, at: 5)) == .outOfOrder)
        #expect(fleet.drones["drone-1"]?.status == .returning)
        #expect(fleet.drones["drone-1"]?.lastSeen == Self.start.adding(milliseconds: 10_000))
        #expect(fleet.drones["drone-1"]?.recentEvents.map(\.id) == ["s2", "s1"])
    }

    @Test("tasks: progress never goes back, finishing clears the drone's task, late events do not reopen it")
    func tasks() {
        var fleet = FleetState()
        fleet.apply(Self.task("t1", .taskCreated, at: 1))
        fleet.apply(Self.task("t2", .taskProgress, progress: 40, step: "巡检点位2", at: 2))
        fleet.apply(Self.task("t3", .taskProgress, progress: 20, step: "巡检点位1", at: 3))
        #expect(fleet.tasks["task-1"]?.progress == 40)
        #expect(fleet.drones["drone-1"]?.currentTaskID == "task-1")
        fleet.apply(Self.task("t4", .taskCompleted, at: 4))
        #expect(fleet.tasks["task-1"]?.phase == .completed)
        #expect(fleet.tasks["task-1"]?.progress == 100)
        #expect(fleet.drones["drone-1"]?.currentTaskID == nil)
        fleet.apply(Self.task("t5", .taskProgress, progress: 60, at: 5))
        #expect(fleet.tasks["task-1"]?.phase == .completed)
    }

    @Test("a failed task keeps its reason and stays failed")
    func failedTask() {
        var fleet = FleetState()
        fleet.apply(Self.task("t1", .taskProgress, progress: 30, at: 1))
        fleet.apply(Event(id: "t2", type: .taskFailed, source: "t", timestamp: Self.start.adding(milliseconds: 2000),
                          payload: .task(TaskUpdate(taskID: "task-1", droneID: "drone-1", reason: "电量不足"))))
        fleet.apply(Self.task("t3", .taskCompleted, at: 3))
        #expect(fleet.tasks["task-1"]?.phase == .failed)
        #expect(fleet.tasks["task-1"]?.failureReason == "电量不足")
        #expect(fleet.tasks["task-1"]?.progress == 30)
        #expect(fleet.drones["drone-1"]?.currentTaskID == nil)
    }

    @Test("a completion that arrives behind the drone's newer telemetry still frees the drone")
    func completionBehindTelemetry() {
        var fleet = FleetState()
        fleet.apply(Self.task("t1", .taskCreated, at: 1))
        fleet.apply(Self.telemetry("x1", battery: 60, at: 10))
        #expect(fleet.apply(Self.task("t2", .taskCompleted, at: 5)) == .applied)
        #expect(fleet.tasks["task-1"]?.phase == .completed)
        #expect(fleet.drones["drone-1"]?.currentTaskID == nil)
        #expect(fleet.drones["drone-1"]?.battery == 60)
    }

    @Test("news on other topics does not hold back the drone's own events: any interleaving of the topics folds to one state")
    func topicsInterleaveFreely() {
        let droneEvents = [Self.telemetry("x1", battery: 90, at: 1), Self.status("s1", .flying, at: 2),
                           Self.telemetry("x2", battery: 80, at: 4), Self.telemetry("x3", battery: 70, at: 6)]
        let otherTopics = [Self.task("t1", .taskCreated, at: 3), Self.alert("a1", .alertCreated, at: 5),
                           Self.task("t2", .taskProgress, progress: 40, at: 7)]
        var droneFirst = FleetState()
        (droneEvents + otherTopics).forEach { droneFirst.apply($0) }
        var othersFirst = FleetState()
        (otherTopics + droneEvents).forEach { othersFirst.apply($0) }
        var interleaved = FleetState()
        zip(droneEvents, otherTopics).forEach { interleaved.apply($1); interleaved.apply($0) }
        interleaved.apply(droneEvents[3])

        let drone = othersFirst.drones["drone-1"]
        #expect(drone?.battery == 70)
        #expect(drone?.status == .flying)
        #expect(drone?.currentTaskID == "task-1")
        #expect(drone?.lastSeen == Self.start.adding(milliseconds: 7000))
        #expect(othersFirst.counters.outOfOrder == 0)
        for other in [droneFirst, interleaved] {
            let compared = other.drones["drone-1"]
            #expect(compared?.battery == drone?.battery)
            #expect(compared?.status == drone?.status)
            #expect(compared?.location == drone?.location)
            #expect(compared?.currentTaskID == drone?.currentTaskID)
            #expect(compared?.lastSeen == drone?.lastSeen)
        }
    }

    @Test("alerts only move forward: open, acknowledged, resolved")
    func alerts() {
        var fleet = FleetState()
        fleet.apply(Self.alert("a1", .alertCreated, at: 1))
        #expect(fleet.alerts["alert-1"]?.phase == .open)
        fleet.apply(Self.alert("a2", .alertAcknowledged, at: 2))
        #expect(fleet.alerts["alert-1"]?.phase == .acknowledged)
        #expect(fleet.alerts["alert-1"]?.acknowledgedBy == "李工")
        fleet.apply(Self.alert("a3", .alertResolved, at: 3))
        fleet.apply(Self.alert("a4", .alertAcknowledged, at: 4))
        #expect(fleet.alerts["alert-1"]?.phase == .resolved)
        #expect(fleet.alerts["alert-1"]?.message == "无人机电量低于20%")
    }

    @Test("an ack that arrives before its alert still ends acknowledged")
    func ackBeforeCreate() {
        var fleet = FleetState()
        fleet.apply(Self.alert("a2", .alertAcknowledged, at: 2))
        fleet.apply(Self.alert("a1", .alertCreated, at: 1))
        #expect(fleet.alerts["alert-1"]?.phase == .acknowledged)
        #expect(fleet.alerts["alert-1"]?.raisedAt == Self.start.adding(milliseconds: 1000))
    }

    @Test("an alert storm beyond the cap forgets the oldest alerts first")
    func alertCap() {
        var fleet = FleetState(limits: FleetLimits(alerts: 3))
        for index in 0..<5 {
            fleet.apply(Self.alert("a\(index)", .alertCreated, alert: "storm-\(index)", at: Int64(index)))
        }
        #expect(Set(fleet.alerts.keys) == ["storm-2", "storm-3", "storm-4"])
    }

    @Test("memory stays bounded however many events arrive")
    func bounded() {
        let limits = FleetLimits(recentEventsPerDrone: 4, rememberedEventIDs: 100, finishedTasks: 3, tasks: 6, resolvedAlerts: 2, alerts: 10, drones: 5)
        var fleet = FleetState(limits: limits)
        for index in 0..<1000 {
            fleet.apply(Self.telemetry("t\(index)", drone: "drone-\(index % 8)", battery: 50, at: Int64(index)))
            let taskID = "task-\(index)"
            fleet.apply(Event(id: "done\(index)", type: .taskCompleted, source: "t", timestamp: Self.start,
                              payload: .task(TaskUpdate(taskID: taskID))))
            fleet.apply(Event(id: "never-ends\(index)", type: .taskProgress, source: "t", timestamp: Self.start.adding(milliseconds: Int64(index)),
                              payload: .task(TaskUpdate(taskID: "open-task-\(index)", progress: 10))))
            fleet.apply(Self.alert("open\(index)", .alertCreated, alert: "storm-\(index)", at: Int64(index)))
            fleet.apply(Self.alert("res\(index)", .alertResolved, alert: "gone-\(index)", at: Int64(index)))
        }
        #expect(fleet.drones.count <= 5)
        #expect(fleet.drones.values.allSatisfy { $0.recentEvents.count <= 4 })
        #expect(fleet.tasks.count <= 6)
        #expect(fleet.tasks.values.filter { $0.phase != .active }.count <= 3)
        #expect(fleet.tasks["open-task-999"] != nil, "the task updated most recently is kept")
        #expect(fleet.alerts.count <= 10)
        #expect(fleet.alerts.values.filter { $0.phase == .resolved }.count <= 2)
        #expect(fleet.drones["drone-7"] != nil, "the drone heard from most recently is kept")
    }

    @Test("remembered ids are bounded too: a very old redelivery applies again but cannot regress state")
    func forgottenIDs() {
        var fleet = FleetState(limits: FleetLimits(rememberedEventIDs: 10))
        for index in 0..<50 {
            fleet.apply(Self.telemetry("t\(index)", battery: Double(100 - index), at: Int64(index)))
        }
        #expect(fleet.apply(Self.telemetry("t0", battery: 100, at: 0)) == .outOfOrder)
        #expect(fleet.drones["drone-1"]?.battery == 51)
    }
}
