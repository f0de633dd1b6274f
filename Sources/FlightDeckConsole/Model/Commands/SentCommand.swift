import FlightDeckCore

/// A command this console published and what Kafka said about its delivery.
struct SentCommand: Hashable, Sendable {
    let command: DroneCommand
    let sentAt: Timestamp
    var delivery: DeliveryPhase = .pending
}
