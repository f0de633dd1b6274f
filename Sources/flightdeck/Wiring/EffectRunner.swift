import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Foundation

/// Carries out what the console asks for: publishes commands and acknowledgements, and brings Kafka's
/// delivery report back to the console. Read-only consoles have no producer at all.
struct EffectRunner: Sendable {
    let producer: Producer?
    let inbox: ConsoleInbox
    var metrics: PipelineMetrics?

    func perform(_ effect: ConsoleEffect) {
        let subject = effect.subject
        guard let producer else {
            inbox.offer(.delivery(.failed(subject, reason: "read-only: nothing is published")))
            return
        }
        let inbox = inbox
        let metrics = metrics
        let event = Self.event(for: effect, at: Clock.now())
        do {
            try producer.send(event) { result in
                switch result {
                case .success: inbox.push(.delivery(.delivered(subject)))
                case .failure(let error): inbox.push(.delivery(.failed(subject, reason: error.description)))
                }
                metrics?.recordDeliveryFailures(total: producer.currentStatistics.failed, source: "console")
            }
            metrics?.countPublished([event])
        } catch {
            inbox.offer(.delivery(.failed(subject, reason: error.description)))
        }
    }

    static func event(for effect: ConsoleEffect, at time: Timestamp) -> Event {
        let id = UUID().uuidString.lowercased()
        switch effect {
        case .issueCommand(let command):
            return OperatorEvents.commandIssued(command, id: id, at: time)
        case .acknowledge(let alertID, let droneID, let operatorName):
            return OperatorEvents.alertAcknowledged(alertID: alertID, droneID: droneID, operatorName: operatorName, id: id, at: time)
        }
    }
}
