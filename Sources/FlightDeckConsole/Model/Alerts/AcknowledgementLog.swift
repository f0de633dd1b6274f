import FlightDeckCore

/// Acknowledgements this console published and has not yet seen come back from Kafka.
///
/// The alert itself changes only when `alert.acknowledged` arrives; until then the feed marks it "ack sent…".
struct AcknowledgementLog: Hashable, Sendable {
    struct Entry: Hashable, Sendable {
        var sentAt: Timestamp
        var delivery: DeliveryPhase
    }

    private(set) var entries: [String: Entry] = [:]

    mutating func sent(alertID: String, at time: Timestamp) {
        entries[alertID] = Entry(sentAt: time, delivery: .pending)
    }

    mutating func record(_ outcome: DeliveryOutcome, alertID: String) {
        entries[alertID]?.delivery = DeliveryPhase(outcome)
    }

    func entry(for alertID: String) -> Entry? {
        entries[alertID]
    }

    /// An acknowledgement is on its way unless Kafka refused it; then the operator may send it again.
    func isUnderway(_ alertID: String) -> Bool {
        entries[alertID] != nil && !hasFailed(alertID)
    }

    /// Kafka's delivery report said this acknowledgement was not delivered.
    func hasFailed(_ alertID: String) -> Bool {
        guard case .undeliverable? = entries[alertID]?.delivery else { return false }
        return true
    }

    /// Forgets acknowledgements whose alert is no longer open: the ack came back, the alert cleared,
    /// or the fleet forgot it.
    mutating func settle(with alerts: [String: AlertState]) {
        guard !entries.isEmpty else { return }
        entries = entries.filter { alerts[$0.key]?.phase == .open }
    }
}
