import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka

/// One lag sample and what the operations rules make of it: the snapshot for the lag pane, and system alerts,
/// published to `system-events` when there is a producer (a read-only console has none). Used from one thread.
final class LagWatch: @unchecked Sendable {
    private let sampler: LagSampler
    private var rules: SystemAlertRules
    private let producer: Producer?

    init(sampler: LagSampler, alerts: LagAlertPolicy, producer: Producer?) {
        self.sampler = sampler
        self.rules = SystemAlertRules(policy: alerts)
        self.producer = producer
    }

    /// Samples, judges the rules, publishes their alerts; failures to publish are added to the snapshot's problems.
    func step(extra: [GroupLag] = [], at time: Timestamp) -> (snapshot: LagSnapshot, alerts: [Event]) {
        var snapshot = sampler.sample(extra: extra, at: time)
        let alerts = rules.evaluate(groups: Array(snapshot.evaluations.values), health: snapshot.health, at: time)
        for alert in alerts {
            do {
                try publish(alert)
            } catch {
                snapshot.problems.append("system alert not published: \(error.description)")
            }
        }
        return (snapshot, alerts)
    }

    /// Keyed by the alert id, so an alert's creation and resolution stay in order on one partition.
    private func publish(_ alert: Event) throws(KafkaError) {
        guard let producer, case .alert(let update) = alert.payload else { return }
        try producer.send(topic: Topic.systemEvents.rawValue, key: Array(update.alertID.utf8), value: EventEncoder.encode(alert))
    }
}
