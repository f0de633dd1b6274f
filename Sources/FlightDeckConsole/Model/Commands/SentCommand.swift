import FlightDeckCore

/// A command this console published and what Kafka said about its delivery.
struct SentCommand: Hashable, Sendable {
    let command: DroneCommand
    let sentAt: Timestamp
    var delivery: DeliveryPhase = .pending
    /// The id of the new command the operator sent in its place after it was not delivered.
    var retriedAs: String?

    /// Kafka said it was not delivered and nothing was sent in its place yet: the operator may send it again.
    var isRetryable: Bool {
        guard retriedAs == nil, case .undeliverable = delivery else { return false }
        return true
    }
}
