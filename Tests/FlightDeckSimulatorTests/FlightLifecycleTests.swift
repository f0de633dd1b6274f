import FlightDeckCore
import FlightDeckSimulator
import Testing

@Suite struct FlightLifecycleTests {
    let run = unattendedRun

    @Test func lowBatteryRaisesAnAlertReturnsChargesAndResolves() throws {
        let lowAlerts = run.events.enumerated().filter { _, event in
            event.type == .alertCreated && event.alertUpdate?.alertType == "battery_low"
        }
        #expect(lowAlerts.count > 5)
        var resolvedCycles = 0
        for (index, event) in lowAlerts {
            let alert = try #require(event.alertUpdate)
            let droneID = try #require(alert.droneID)
            #expect(alert.level == .warning)
            #expect(alert.message == "无人机电量低于20%")
            #expect(alert.autoAction == "return_to_base")

            let earlier = run.events[..<index].filter { $0.droneID == droneID }
            let statusAtAlert = earlier.last { $0.statusChange != nil }?.statusChange?.newStatus
            let later = run.events[(index + 1)...].filter { $0.droneID == droneID }
            let untilNextChange = later.prefix { $0.statusChange == nil }
            let telemetry = untilNextChange.first { $0.type == .droneTelemetry }
            if case .telemetry(let reading)? = telemetry?.payload {
                #expect(reading.battery ?? 100 <= 20)
            }
            let nextStatuses = later.compactMap(\.statusChange).filter { $0.oldStatus != nil }.map(\.newStatus)
            if statusAtAlert != .returning && statusAtAlert != .landing {
                #expect(nextStatuses.first == .returning, "\(droneID) was \(String(describing: statusAtAlert))")
            }
            let resolution = later.firstIndex { $0.type == .alertResolved && $0.alertUpdate?.alertID == alert.alertID }
            guard let resolved = resolution else { continue }
            resolvedCycles += 1
            let statuses = later[..<resolved].compactMap(\.statusChange).filter { $0.oldStatus != nil }.map(\.newStatus)
            #expect(statuses.last == .charging)
            #expect(!statuses.contains(.takingOff))
            let landedAtBase = later[..<resolved].contains { $0.statusChange?.newStatus == .charging }
            #expect(landedAtBase)
        }
        #expect(resolvedCycles > 5)
    }

    @Test func criticalBatteryIsRaisedAsCritical() throws {
        let critical = run.events.compactMap { $0.type == .alertCreated ? $0.alertUpdate : nil }
            .filter { $0.alertType == "battery_critical" }
        let first = try #require(critical.first)
        #expect(first.level == .critical)
        #expect(first.message == "无人机电量严重不足")
        #expect(critical.allSatisfy { $0.autoAction == "return_to_base" || $0.autoAction == "land" })
    }

    @Test func everyAlertIsCreatedOnceAndResolvedAtMostOnce() {
        var created: Set<String> = []
        var resolved: Set<String> = []
        for event in run.events {
            guard let alert = event.alertUpdate else { continue }
            switch event.type {
            case .alertCreated: #expect(created.insert(alert.alertID).inserted)
            case .alertResolved:
                #expect(created.contains(alert.alertID))
                #expect(resolved.insert(alert.alertID).inserted)
            default: Issue.record("unexpected \(event.type)")
            }
        }
        #expect(resolved.count > created.count / 2)
    }

    @Test func tasksGoFromCreatedThroughProgressToAnEnd() throws {
        var phases: [String: [Event]] = [:]
        var order: [String] = []
        for event in run.events where event.type.category == .task {
            let update = try #require(event.taskUpdate)
            if phases[update.taskID] == nil { order.append(update.taskID) }
            phases[update.taskID, default: []].append(event)
        }
        var completed = 0
        var failed = 0
        for taskID in order {
            let events = phases[taskID] ?? []
            let updates = events.compactMap(\.taskUpdate)
            #expect(events.first?.type == .taskCreated)
            #expect(updates.first?.progress == 0)
            #expect(updates.allSatisfy { $0.name?.wholeMatch(of: /巡检任务-\d{4}/) != nil })
            #expect(Set(updates.compactMap(\.droneID)).count == 1)

            let progress = events.filter { $0.type == .taskProgress }.compactMap(\.taskUpdate)
            for (earlier, later) in zip(progress, progress.dropFirst()) {
                #expect((later.progress ?? 0) > (earlier.progress ?? 0))
            }
            for (event, update) in zip(events, updates) where event.type == .taskProgress {
                #expect(update.currentStep?.wholeMatch(of: /巡检点位\d/) != nil)
                #expect((update.estimatedCompletion ?? .init(millisecondsSinceEpoch: 0)) > event.timestamp)
            }
            let ends = events.filter { $0.type == .taskCompleted || $0.type == .taskFailed }
            #expect(ends.count <= 1)
            if let end = ends.first {
                #expect(end == events.last)
                if end.type == .taskCompleted {
                    completed += 1
                    #expect(end.taskUpdate?.progress == 100)
                } else {
                    failed += 1
                    #expect(end.taskUpdate?.reason?.isEmpty == false)
                }
            }
        }
        #expect(completed > 100)
        #expect(failed > 10)
        #expect(failed < completed)
    }

    @Test func patrolsTakeAFewSimulatedMinutes() {
        var started: [String: Timestamp] = [:]
        var durations: [Double] = []
        for event in run.events where event.type.category == .task {
            guard let update = event.taskUpdate else { continue }
            if event.type == .taskCreated { started[update.taskID] = event.timestamp }
            if event.type == .taskCompleted, let start = started[update.taskID] {
                durations.append(event.timestamp.seconds(since: start) * 10)
            }
        }
        let sorted = durations.sorted()
        let median = sorted[sorted.count / 2]
        #expect((60...900).contains(median), "median patrol \(median) simulated seconds")
    }

    @Test func dronesReportTheirStatusUnasked() {
        let reports = run.events.compactMap(\.statusChange).filter { $0.oldStatus == nil }
        #expect(Set(reports.map(\.droneID)).count == 50)
        #expect(reports.count >= 50 * 19)
    }
}
