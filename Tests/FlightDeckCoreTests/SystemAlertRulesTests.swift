import FlightDeckCore
import Testing

@Suite("System alert rules")
struct SystemAlertRulesTests {
    static let start = Timestamp(millisecondsSinceEpoch: 1_754_216_000_000)

    static func group(lag: Int64) -> GroupEvaluation {
        GroupEvaluation(group: "alert-service", partitions: [
            PartitionEvaluation(offsets: PartitionLag(topic: "drone-events", partition: 0, committed: 0, end: lag / 2), status: .ok, reason: ""),
            PartitionEvaluation(offsets: PartitionLag(topic: "drone-events", partition: 1, committed: 0, end: lag - lag / 2), status: .ok, reason: ""),
        ], takenAt: start)
    }

    static func at(_ seconds: Int64) -> Timestamp { start.adding(milliseconds: seconds * 1000) }

    @Test("lag above the threshold raises one warning after the hold time and resolves it when the lag falls")
    func lagAlert() throws {
        var rules = SystemAlertRules(policy: LagAlertPolicy(threshold: 1000, holdSeconds: 300))
        #expect(rules.evaluate(groups: [Self.group(lag: 1500)], health: nil, at: Self.at(0)).isEmpty)
        #expect(rules.evaluate(groups: [Self.group(lag: 1800)], health: nil, at: Self.at(299)).isEmpty)
        let raised = rules.evaluate(groups: [Self.group(lag: 2400)], health: nil, at: Self.at(300))
        #expect(raised.count == 1)
        let event = try #require(raised.first)
        #expect(event.type == .alertCreated && event.source == "flightdeck")
        guard case .alert(let alert) = event.payload else { Issue.record("not an alert: \(event)"); return }
        #expect(alert.alertID == "system:kafka_consumer_lag:alert-service/drone-events:\(Self.start.millisecondsSinceEpoch)")
        #expect(alert.alertType == SystemAlertRules.lagAlertType && alert.level == .warning)
        #expect(alert.message == "Consumer group alert-service is 2,400 messages behind on drone-events for 5m")
        #expect(rules.evaluate(groups: [Self.group(lag: 2600)], health: nil, at: Self.at(330)).isEmpty)

        let resolved = rules.evaluate(groups: [Self.group(lag: 1000)], health: nil, at: Self.at(360))
        #expect(resolved.map(\.type) == [.alertResolved])
        #expect(resolved.first?.id == alert.alertID + ":resolved")
        #expect(rules.evaluate(groups: [Self.group(lag: 100)], health: nil, at: Self.at(390)).isEmpty)
    }

    @Test("lag that dips below the threshold starts its hold time again")
    func dipRestarts() {
        var rules = SystemAlertRules(policy: LagAlertPolicy(threshold: 10, holdSeconds: 60))
        _ = rules.evaluate(groups: [Self.group(lag: 50)], health: nil, at: Self.at(0))
        _ = rules.evaluate(groups: [Self.group(lag: 5)], health: nil, at: Self.at(30))
        #expect(rules.evaluate(groups: [Self.group(lag: 50)], health: nil, at: Self.at(61)).isEmpty)
        #expect(rules.evaluate(groups: [Self.group(lag: 50)], health: nil, at: Self.at(120)).isEmpty)
        #expect(rules.evaluate(groups: [Self.group(lag: 50)], health: nil, at: Self.at(121)).count == 1)
    }

    @Test("an offline partition raises a critical alert at once, cleared when it has a leader again")
    func offlinePartition() throws {
        var rules = SystemAlertRules()
        let broken = ClusterHealth(brokers: [], offlinePartitions: [.init(topic: "drone-events", partition: 1, reason: "no leader")],
                                   underReplicated: [], missingTopics: [])
        let healed = ClusterHealth(brokers: [], offlinePartitions: [], underReplicated: [], missingTopics: [])
        let raised = rules.evaluate(groups: [], health: broken, at: Self.at(0))
        guard case .alert(let alert) = try #require(raised.first).payload else { Issue.record("no alert"); return }
        #expect(raised.count == 1 && alert.level == .critical && alert.message == "Partition drone-events[1] is offline: no leader")
        #expect(rules.evaluate(groups: [], health: broken, at: Self.at(5)).isEmpty)
        #expect(rules.evaluate(groups: [], health: nil, at: Self.at(10)).isEmpty)
        #expect(rules.evaluate(groups: [], health: healed, at: Self.at(15)).map(\.type) == [.alertResolved])
    }

    @Test("the alert folds into the fleet's alerts like any other, and its resolution closes it")
    func foldsIntoFleet() {
        var rules = SystemAlertRules(policy: LagAlertPolicy(threshold: 10, holdSeconds: 0))
        var fleet = FleetState()
        for event in rules.evaluate(groups: [Self.group(lag: 50)], health: nil, at: Self.at(0)) { _ = fleet.apply(event) }
        #expect(fleet.alerts.values.map(\.alertType) == [SystemAlertRules.lagAlertType])
        #expect(fleet.alerts.values.first?.phase != .resolved)
        for event in rules.evaluate(groups: [Self.group(lag: 0)], health: nil, at: Self.at(10)) { _ = fleet.apply(event) }
        #expect(fleet.alerts.values.first?.phase == .resolved)
    }
}
