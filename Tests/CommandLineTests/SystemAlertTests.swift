@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

/// The lag rules on the embedded cluster: a stopped consumer's lag raises a system alert on `system-events`,
/// resuming resolves it, and an offline partition raises a critical one.
@Suite("System alerts on the embedded cluster")
struct SystemAlertTests {
    @Test("a stopped group raises one lag alert on system-events; resuming publishes its resolution")
    func lagAlertRoundTrip() throws {
        let pipeline = try LagCommandTests.Pipeline(partitions: 2)
        let producer = try Producer(properties: pipeline.properties)
        let watch = LagWatch(sampler: pipeline.sampler(window: 3), alerts: LagAlertPolicy(threshold: 50, holdSeconds: 0), producer: producer)
        var published: [Event] = []
        for commit in [true, true, false, false, false, true] {
            try pipeline.produce(40)
            if commit { try pipeline.commitToEnd(partitions: 2) }
            published += watch.step(at: Clock.now()).alerts
        }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
        // 40 behind after the first sample without commits (not above 50), 80 after the second: raised; resolved on resuming.
        #expect(published.map(\.type) == [.alertCreated, .alertResolved])

        let reader = try Consumer(properties: pipeline.properties.withDefaults(EmbeddedCluster.consumerTuning))
        try reader.assign(topics: [Topic.systemEvents.rawValue], from: .beginning)
        let events = EventReader(consumer: reader)
        var received: [Event] = []
        let deadline = Date().addingTimeInterval(20)
        while received.count < 2, Date() < deadline {
            received += events.readBatch(maxWaitMilliseconds: 100).events
        }
        #expect(received.map(\.id) == published.map(\.id))
        guard case .alert(let alert) = received.first?.payload else { Issue.record("no alert read back: \(received)"); return }
        #expect(alert.alertType == SystemAlertRules.lagAlertType && alert.level == .warning)
        #expect(alert.message == "Consumer group alert-service is 80 messages behind on drone-events")
    }

    @Test("a partition set to leader -1 raises a critical alert, cleared when it is led again")
    func offlineAlert() throws {
        let pipeline = try LagCommandTests.Pipeline(partitions: 2)
        let watch = LagWatch(sampler: pipeline.sampler(window: 3), alerts: LagAlertPolicy(), producer: nil)
        #expect(watch.step(at: Clock.now()).alerts.isEmpty)
        pipeline.cluster.setLeader(topic: Topic.droneEvents.rawValue, partition: 1, broker: -1)
        let offline = watch.step(at: Clock.now())
        #expect(offline.snapshot.health?.offlinePartitions.map(\.name) == ["drone-events[1]"])
        guard case .alert(let alert) = offline.alerts.first?.payload else { Issue.record("no alert: \(offline.alerts)"); return }
        #expect(offline.alerts.count == 1 && alert.level == .critical && alert.alertType == SystemAlertRules.offlineAlertType)
        pipeline.cluster.setLeader(topic: Topic.droneEvents.rawValue, partition: 1, broker: 1)
        #expect(watch.step(at: Clock.now()).alerts.map(\.type) == [.alertResolved])
    }
}
