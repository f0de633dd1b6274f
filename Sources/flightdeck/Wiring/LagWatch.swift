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

    /// Samples, judges the rules, publishes their alerts (`published` says whether all were queued); failures to
    /// publish are added to the snapshot's problems.
    func step(extra: [GroupLag] = [], at time: Timestamp) -> (snapshot: LagSnapshot, alerts: [Event], published: Bool) {
        var snapshot = sampler.sample(extra: extra, at: time)
        let alerts = rules.evaluate(groups: Array(snapshot.evaluations.values), health: snapshot.health, at: time)
        guard let producer else { return (snapshot, alerts, false) }
        var published = true
        for alert in alerts {
            do {
                try Self.publish(alert, with: producer)
            } catch {
                published = false
                snapshot.problems.append("system alert not published: \(error.description)")
            }
        }
        return (snapshot, alerts, published)
    }

    /// Keyed by the alert id, so an alert's creation and resolution stay in order on one partition.
    private static func publish(_ alert: Event, with producer: Producer) throws(KafkaError) {
        guard case .alert(let update) = alert.payload else { return }
        try producer.send(topic: Topic.systemEvents.rawValue, key: Array(update.alertID.utf8), value: EventEncoder.encode(alert))
    }
}
