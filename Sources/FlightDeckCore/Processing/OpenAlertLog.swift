/// Folds the alert topic's history into the alerts the stream processor raised and has not resolved,
/// so a restarted processor takes them over instead of raising them again.
public struct OpenAlertLog: Sendable {
    private var open: [String: OpenAlert] = [:]
    private var raisedAt: [String: Timestamp] = [:]
    private var resolved: Set<String> = []
    /// The last resolved alert of each drone and type.
    private var lastResolved: [AlertKey: ResolvedAlert] = [:]
    /// Every id the processor published, open or not: raising one of them again would be a duplicate.
    public private(set) var raisedIDs: Set<String> = []

    public init() {}

    public mutating func apply(_ event: Event) {
        guard case .alert(let update) = event.payload, update.alertID.hasPrefix(AlertID.prefix) else { return }
        if event.type == .alertCreated { raisedIDs.insert(update.alertID) }
        switch event.type {
        case .alertCreated where !resolved.contains(update.alertID):
            let earlier = open[update.alertID]
            open[update.alertID] = OpenAlert(alertID: update.alertID, droneID: update.droneID ?? earlier?.droneID,
                                             type: update.alertType ?? earlier?.type ?? "")
            raisedAt[update.alertID] = raisedAt[update.alertID] ?? event.timestamp
        case .alertResolved:
            resolved.insert(update.alertID)
            if let alert = open.removeValue(forKey: update.alertID), let droneID = alert.droneID,
               let raised = raisedAt.removeValue(forKey: update.alertID) {
                lastResolved[AlertKey(droneID: droneID, type: alert.type)] =
                    ResolvedAlert(alertID: alert.alertID, droneID: droneID, type: alert.type, raisedAt: raised, resolvedAt: event.timestamp)
            }
        default:
            break
        }
    }

    public var openAlerts: [OpenAlert] {
        open.values.sorted { $0.alertID < $1.alertID }
    }

    /// The last resolved alert of each drone and type, for a restarted processor that redoes a batch.
    public var resolvedAlerts: [ResolvedAlert] {
        lastResolved.values.sorted { $0.alertID < $1.alertID }
    }
}
