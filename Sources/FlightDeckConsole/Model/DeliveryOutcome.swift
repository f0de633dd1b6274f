/// Kafka's delivery report for one published effect, brought back to the console as `ConsoleInput.delivery`.
public struct DeliveryOutcome: Hashable, Sendable {
    /// Which effect the report is about: `ConsoleEffect.subject` of the effect that was published.
    public enum Subject: Hashable, Sendable {
        case command(id: String)
        case acknowledgement(alertID: String)
    }

    public var subject: Subject
    /// Why the message could not be delivered, as librdkafka says it; nil when the broker has it.
    public var failureReason: String?

    public init(subject: Subject, failureReason: String? = nil) {
        self.subject = subject
        self.failureReason = failureReason
    }

    public static func delivered(_ subject: Subject) -> DeliveryOutcome {
        DeliveryOutcome(subject: subject)
    }

    public static func failed(_ subject: Subject, reason: String) -> DeliveryOutcome {
        DeliveryOutcome(subject: subject, failureReason: reason)
    }

    public var succeeded: Bool { failureReason == nil }
}
