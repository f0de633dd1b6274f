/// Raises `link_lost` when a drone has been silent longer than `silence`; clears it when the drone is heard.
public struct LinkRule: Sendable {
    public var silenceSeconds: Double
    private var lastHeard: [String: Timestamp] = [:]
    private var lost: Set<String> = []

    public init(silenceSeconds: Double = 30) {
        self.silenceSeconds = silenceSeconds
    }

    /// Any event about the drone. Its first one clears, so a `link_lost` left open by an earlier run settles.
    public mutating func heard(droneID: String, at time: Timestamp) -> [AlertSignal] {
        let previous = lastHeard[droneID]
        lastHeard[droneID] = max(previous ?? time, time)
        guard previous == nil || lost.remove(droneID) != nil else { return [] }
        return [.cleared(AlertKey(droneID: droneID, type: ProcessedAlertType.linkLost), at: time)]
    }

    /// Drones silent for longer than `silenceSeconds` at `now`.
    public mutating func tick(now: Timestamp) -> [AlertSignal] {
        var signals: [AlertSignal] = []
        for (droneID, heard) in lastHeard where !lost.contains(droneID) && now.seconds(since: heard) > silenceSeconds {
            lost.insert(droneID)
            let silent = Int(now.seconds(since: heard))
            signals.append(.raised(AlertCondition(key: AlertKey(droneID: droneID, type: ProcessedAlertType.linkLost), level: .critical,
                                                  message: "\(droneID) silent for \(silent) s; last heard \(heard.iso8601)"),
                                   at: now))
        }
        return signals.sorted { lhs, rhs in
            guard case .raised(let a, _) = lhs, case .raised(let b, _) = rhs else { return false }
            return a.key < b.key
        }
    }
}
