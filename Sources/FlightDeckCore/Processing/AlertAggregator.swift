import DequeModule

/// Turns the rules' raw conditions into the alerts operators see: one alert per episode of a condition
/// (repeats folded in and counted), one fleet-level alert for a burst of one type across many drones,
/// and rate limits per drone and across the fleet, so a storm of conditions yields a handful of alerts.
public struct AlertAggregator: Sendable {
    public let policy: AlertPolicy
    public private(set) var statistics = AlertStatistics()
    private var episodes: [AlertKey: AlertEpisode] = [:]
    private var fleet: [String: FleetEpisode] = [:]
    /// Alerts an earlier run left open, waiting for the condition they belong to; keyed by drone and type alone
    /// (`AlertKey` without a subject), as the alert topic records them.
    private var restored: [AlertKey: [OpenAlert]] = [:]
    /// Ids an earlier run already published: reprocessing the events that raised them must not publish them twice.
    private var alreadyRaised: Set<String> = []
    /// Alerts an earlier run raised and resolved: a batch it delivered but did not commit is redone after a crash,
    /// and its events must not raise those episodes again under a new id.
    private var finished: [AlertKey: ResolvedAlert] = [:]
    private var recentRaises: [String: Deque<(time: Timestamp, droneID: String)>] = [:]
    private var publishedPerDrone: [String: Deque<Timestamp>] = [:]
    private var publishedGlobally: Deque<Timestamp> = []

    public init(policy: AlertPolicy = AlertPolicy()) {
        self.policy = policy
    }

    /// Alerts open right now, fleet alerts included.
    public var openAlertCount: Int { episodes.values.count { $0.published } + fleet.count }

    /// Takes over alerts an earlier run raised and left open, so their conditions do not raise them again, and
    /// notes the ones it resolved. Fleet alerts are resolved instead: a burst still going on forms again.
    public mutating func restore(_ alerts: [OpenAlert], alreadyRaised: Set<String> = [], resolved: [ResolvedAlert] = [],
                                 at time: Timestamp) -> [Event] {
        self.alreadyRaised.formUnion(alreadyRaised)
        for alert in resolved {
            finished[AlertKey(droneID: alert.droneID, type: alert.type)] = alert
        }
        var events: [Event] = []
        for alert in alerts.sorted(by: { $0.alertID < $1.alertID }) {
            guard let droneID = alert.droneID else {
                events.append(resolvedEvent(id: alert.alertID, type: alert.type, droneID: nil, message: "fleet alert closed on restart", at: time))
                continue
            }
            restored[AlertKey(droneID: droneID, type: alert.type), default: []].append(alert)
        }
        return events
    }

    public mutating func apply(_ signal: AlertSignal) -> [Event] {
        switch signal {
        case .raised(let condition, let time): raise(condition, at: time)
        case .cleared(let key, let time): clear(key, at: time)
        }
    }

    /// Resolves episodes whose condition has stayed clear for the settle time, and updates or resolves fleet alerts.
    public mutating func tick(now: Timestamp) -> [Event] {
        var events: [Event] = []
        let settled = episodes.filter { _, episode in
            episode.clearedAt.map { now.seconds(since: $0) >= policy.settleSeconds } ?? false
        }.keys.sorted()
        for key in settled {
            guard let episode = episodes.removeValue(forKey: key) else { continue }
            guard episode.published else { continue }
            let repeats = episode.repeats > 0 ? "; raised \(episode.repeats + 1) times in this episode" : ""
            events.append(resolvedEvent(id: episode.alertID, type: key.type, droneID: key.droneID,
                                        message: "\(episode.condition.message) — cleared\(repeats)", at: now))
        }
        for type in fleet.keys.sorted() {
            events += settleFleet(type, now: now)
        }
        return events
    }

    private mutating func raise(_ condition: AlertCondition, at time: Timestamp) -> [Event] {
        statistics.raised += 1
        let key = condition.key
        if var episode = episodes[key] {
            episode.repeats += 1
            episode.clearedAt = nil
            episode.condition = condition
            episodes[key] = episode
            statistics.repeats += 1
            return []
        }
        if let adopted = adoptRestored(key) {
            episodes[key] = AlertEpisode(alertID: adopted.alertID, condition: condition, published: true)
            statistics.repeats += 1
            return []
        }
        if finished[AlertKey(droneID: key.droneID, type: key.type)]?.covers(time) == true {
            statistics.repeats += 1
            return []
        }
        var episode = AlertEpisode(alertID: AlertID.make(key, startedAt: time), condition: condition, published: false)
        let burst = noteRaise(of: key, at: time)
        defer { episodes[key] = episode }
        if fleet[key.type] != nil {
            fleet[key.type]?.drones.insert(key.droneID)
            statistics.joinedFleet += 1
            return []
        }
        if burst.count >= policy.burstDrones {
            statistics.joinedFleet += 1
            return [openFleet(for: condition, drones: burst, at: time)]
        }
        guard admit(key.droneID, critical: condition.level == .critical, at: time) else {
            statistics.rateLimited += 1
            return []
        }
        episode.published = true
        if alreadyRaised.contains(episode.alertID) {
            statistics.repeats += 1
            return []
        }
        statistics.published += 1
        return [createdEvent(id: episode.alertID, condition: condition, at: time)]
    }

    private mutating func clear(_ key: AlertKey, at time: Timestamp) -> [Event] {
        if episodes[key] != nil {
            if episodes[key]?.clearedAt == nil { episodes[key]?.clearedAt = time }
        } else if let adopted = adoptRestored(key) {
            let condition = AlertCondition(key: key, level: .info, message: "\(key.droneID) \(key.type)")
            episodes[key] = AlertEpisode(alertID: adopted.alertID, condition: condition, clearedAt: time, published: true)
        }
        return []
    }

    private mutating func adoptRestored(_ key: AlertKey) -> OpenAlert? {
        let slot = AlertKey(droneID: key.droneID, type: key.type)
        guard var waiting = restored[slot], !waiting.isEmpty else { return nil }
        let adopted = waiting.removeFirst()
        restored[slot] = waiting.isEmpty ? nil : waiting
        return adopted
    }

    /// Records a new episode of `key.type` and returns the drones that raised that type within the burst window.
    private mutating func noteRaise(of key: AlertKey, at time: Timestamp) -> Set<String> {
        var recent = recentRaises[key.type] ?? []
        recent.append((time, key.droneID))
        while let first = recent.first, time.seconds(since: first.time) > policy.burstWindowSeconds {
            recent.removeFirst()
        }
        recentRaises[key.type] = recent
        return Set(recent.map(\.droneID))
    }

    /// Whether another alert may be published for `droneID` now; records it when so. A critical alert is exempt
    /// from the per-drone limit: a chatty drone must not hide its own no-fly violation.
    private mutating func admit(_ droneID: String, critical: Bool, at time: Timestamp) -> Bool {
        var perDrone = publishedPerDrone[droneID] ?? []
        Self.trim(&perDrone, before: time, seconds: policy.limitWindowSeconds)
        Self.trim(&publishedGlobally, before: time, seconds: policy.limitWindowSeconds)
        guard critical || perDrone.count < policy.perDroneLimit, publishedGlobally.count < policy.globalLimit else {
            publishedPerDrone[droneID] = perDrone.isEmpty ? nil : perDrone
            return false
        }
        perDrone.append(time)
        publishedPerDrone[droneID] = perDrone
        publishedGlobally.append(time)
        return true
    }

    private static func trim(_ times: inout Deque<Timestamp>, before time: Timestamp, seconds: Double) {
        while let first = times.first, time.seconds(since: first) >= seconds {
            times.removeFirst()
        }
    }

    private mutating func openFleet(for condition: AlertCondition, drones: Set<String>, at time: Timestamp) -> Event {
        let type = condition.key.type
        let members = drones.filter { droneID in
            droneID == condition.key.droneID || episodes.contains { $0.key.droneID == droneID && $0.key.type == type }
        }
        let episode = FleetEpisode(alertID: AlertID.make(AlertKey(droneID: "", type: type), startedAt: time), type: type,
                                   level: condition.level, autoAction: condition.autoAction,
                                   drones: members, publishedDrones: members, lastPublished: time)
        fleet[type] = episode
        statistics.published += 1
        return fleetEvent(episode, at: time)
    }

    /// Drops drones whose episodes ended; resolves the fleet alert when none is left, else republishes it
    /// (at most once per `fleetUpdateSeconds`) when its drone list changed.
    private mutating func settleFleet(_ type: String, now: Timestamp) -> [Event] {
        guard var episode = fleet[type] else { return [] }
        let live = Set(episodes.keys.filter { $0.type == type }.map(\.droneID))
        episode.drones.formIntersection(live)
        if episode.drones.isEmpty {
            fleet[type] = nil
            return [resolvedEvent(id: episode.alertID, type: type, droneID: nil,
                                  message: "\(type): no drone affected any more", at: now)]
        }
        defer { fleet[type] = episode }
        guard episode.drones != episode.publishedDrones, now.seconds(since: episode.lastPublished) >= policy.fleetUpdateSeconds else {
            return []
        }
        episode.publishedDrones = episode.drones
        episode.lastPublished = now
        episode.updates += 1
        statistics.published += 1
        return [fleetEvent(episode, at: now)]
    }

    private func fleetEvent(_ episode: FleetEpisode, at time: Timestamp) -> Event {
        let names = episode.drones.sorted()
        let shown = names.prefix(8).joined(separator: ", ") + (names.count > 8 ? ", … (+\(names.count - 8) more)" : "")
        let update = AlertUpdate(alertID: episode.alertID, alertType: episode.type, level: episode.level,
                                 message: "\(episode.type) on \(names.count) drones: \(shown)", droneID: nil, autoAction: episode.autoAction)
        return Event(id: "\(episode.alertID)-\(episode.updates)", type: .alertCreated, source: policy.source, timestamp: time, payload: .alert(update))
    }

    private func createdEvent(id: String, condition: AlertCondition, at time: Timestamp) -> Event {
        let update = AlertUpdate(alertID: id, alertType: condition.key.type, level: condition.level, message: condition.message,
                                 droneID: condition.key.droneID, autoAction: condition.autoAction)
        return Event(id: id + "-created", type: .alertCreated, source: policy.source, timestamp: time, payload: .alert(update))
    }

    private mutating func resolvedEvent(id: String, type: String, droneID: String?, message: String, at time: Timestamp) -> Event {
        statistics.resolved += 1
        let update = AlertUpdate(alertID: id, alertType: type, message: message, droneID: droneID)
        return Event(id: id + "-resolved", type: .alertResolved, source: policy.source, timestamp: time, payload: .alert(update))
    }
}
