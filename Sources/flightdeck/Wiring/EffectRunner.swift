import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Carries out what the console asks for: publishes commands and acknowledgements, and brings Kafka's
/// delivery report back to the console; each outcome, and each refusal, goes to the audit trail.
/// Read-only consoles have no producer at all.
struct EffectRunner: Sendable {
    let producer: Producer?
    let inbox: ConsoleInbox
    let audit: AuditTrail
    var metrics: PipelineMetrics?

    func perform(_ effect: ConsoleEffect) {
        let (action, target) = AuditTrail.action(of: effect)
        guard let subject = effect.subject else {
            audit.record(action, target: target, result: "refused: read-only")
            return
        }
        guard let producer else {
            inbox.offer(.delivery(.failed(subject, reason: "read-only: nothing is published")))
            return
        }
        let inbox = inbox
        let audit = audit
        let metrics = metrics
        let event = Self.event(for: effect, at: Clock.now())
        do throws(KafkaError) {
            try producer.send(event) { result in
                switch result {
                case .success:
                    inbox.push(.delivery(.delivered(subject)))
                    audit.record(action, target: target, result: "delivered")
                case .failure(let error):
                    inbox.push(.delivery(.failed(subject, reason: Self.reason(error))))
                    audit.record(action, target: target, result: "failed: \(error.description)")
                }
                metrics?.recordDeliveryFailures(total: producer.currentStatistics.failed, source: "console")
            }
            metrics?.countPublished([event])
        } catch {
            inbox.offer(.delivery(.failed(subject, reason: error.description)))
            audit.record(action, target: target, result: "failed: \(error.description)")
        }
    }

    /// librdkafka's words for a failed delivery ("Local: Message timed out"), which the console shows as the reason.
    private static func reason(_ error: KafkaError) -> String {
        if case .delivery(let reason) = error { return reason }
        return error.description
    }

    static func event(for effect: ConsoleEffect, at time: Timestamp) -> Event {
        let id = UUID().uuidString.lowercased()
        switch effect {
        case .issueCommand(let command):
            return OperatorEvents.commandIssued(command, id: id, at: time)
        case .acknowledge(let alertID, let droneID, let operatorName):
            return OperatorEvents.alertAcknowledged(alertID: alertID, droneID: droneID, operatorName: operatorName, id: id, at: time)
        case .refuse(let action, _):
            preconditionFailure("a refusal (\(action)) publishes nothing but its audit note")
        }
    }
}
