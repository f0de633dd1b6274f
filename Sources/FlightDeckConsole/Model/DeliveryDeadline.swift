import FlightDeckCore

/// When Kafka's delivery report for something the console published is due.
///
/// The console's producer runs with librdkafka's `message.timeout.ms` equal to the console's delivery timeout,
/// so by then librdkafka has either delivered the message or failed it with its reason ("Local: Message timed
/// out"): the time left shown to the operator is the time librdkafka really has left.
struct DeliveryDeadline: Hashable, Sendable {
    /// How long after the deadline the report is still awaited before the console says none came: librdkafka
    /// looks for timed-out messages about once a second, and starts its clock a little after the console's.
    static let reportGraceMilliseconds: Int64 = 2_000

    let sentAt: Timestamp
    let timeoutMilliseconds: Int64

    /// Whole seconds left, rounded up; 0 past the deadline while the report may still be on its way; nil once
    /// the report is overdue.
    func secondsLeft(at now: Timestamp) -> Int? {
        let left = timeoutMilliseconds - (now.millisecondsSinceEpoch - sentAt.millisecondsSinceEpoch)
        guard left > -Self.reportGraceMilliseconds else { return nil }
        return Int((max(0, left) + 999) / 1000)
    }
}
