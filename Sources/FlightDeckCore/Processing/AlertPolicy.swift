/// How raw conditions become published alerts: folding, fleet bursts and rate limits.
public struct AlertPolicy: Hashable, Sendable {
    /// A cleared condition is resolved only after staying clear this long; raised again before, it is a repeat.
    public var settleSeconds: Double = 10
    /// Alerts published per drone within `limitWindowSeconds`; more are tracked but not published.
    public var perDroneLimit = 5
    /// Alerts published across the fleet within `limitWindowSeconds`.
    public var globalLimit = 30
    public var limitWindowSeconds: Double = 60
    /// This many drones raising one type within `burstWindowSeconds` become one fleet-level alert.
    public var burstDrones = 5
    public var burstWindowSeconds: Double = 10
    /// A fleet alert whose drone list changed is republished at most this often.
    public var fleetUpdateSeconds: Double = 60
    /// The `source` of the published events.
    public var source = "alert-service"

    public init() {}
}

/// What aggregation did with the conditions it was given.
public struct AlertStatistics: Hashable, Sendable, Codable {
    /// Conditions the rules raised.
    public var raised = 0
    /// `alert.created` events published, fleet alerts and their updates included.
    public var published = 0
    public var resolved = 0
    /// Raised again while already open (or settling): counted on the open alert.
    public var repeats = 0
    /// Left unpublished by a rate limit.
    public var rateLimited = 0
    /// Folded into a fleet-level alert instead of one of their own.
    public var joinedFleet = 0

    public init() {}

    /// Raw conditions per published alert.
    public var reductionRatio: Double {
        Double(raised) / Double(max(1, published))
    }
}
