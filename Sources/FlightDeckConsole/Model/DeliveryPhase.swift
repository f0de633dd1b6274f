import FlightDeckCore

/// How far something the console published got: sent and waiting for Kafka's delivery report, then
/// delivered or not.
enum DeliveryPhase: Hashable, Sendable {
    case pending
    case delivered
    case undeliverable(reason: String)

    init(_ outcome: DeliveryOutcome) {
        self = outcome.failureReason.map { .undeliverable(reason: $0) } ?? .delivered
    }
}
