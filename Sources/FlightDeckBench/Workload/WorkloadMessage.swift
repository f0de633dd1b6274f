import FlightDeckCore

/// One message of the workload, ready to publish: where it goes, its key and its bytes.
public struct WorkloadMessage: Hashable, Sendable {
    public var kind: WorkloadKind
    public var topic: Topic
    /// The drone id, which keeps one drone's events in one partition; nil for fleet-wide messages.
    public var key: String?
    /// The envelope as the services write it (the seed's JSON layout: `", "` and `": "` separators, raw UTF-8).
    public var bytes: [UInt8]

    public var type: EventType { kind.eventType }
}
