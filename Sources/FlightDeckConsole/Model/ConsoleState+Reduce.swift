import FlightDeckCore

extension ConsoleState {
    /// Applies one action. Pure: the result depends only on the state and the action.
    public mutating func reduce(_ action: ConsoleAction) {
        switch action {
        case .received(let input):
            receive(input)
        case .key(let key):
            rebuildStaleLists()
            press(key)
        case .command(let command):
            perform(command)
        case .resized(let newSize):
            size = newSize
            keepSelectionsVisible()
        case .tick(let time):
            now = time
            throughput.record(total: eventsConsumed, at: time)
            rebuildDueLists()
            refreshSummary()
        }
    }

    private mutating func receive(_ input: ConsoleInput) {
        switch input {
        case .events(let events, let consumed):
            self.consumed.append(consumed)
            eventsConsumed += events.count
            if !events.isEmpty { apply(events) }
        case .raised(let events):
            apply(events)
        case .decodeFailures(let count, let lastReason):
            decodeFailures += count
            lastDecodeFailure = lastReason
        case .broker(let status):
            clusterLostAt = status.state == .down ? clusterLostAt ?? now : nil
            broker = status
            refreshSummary(force: true)
        case .notice(let text):
            notice = text
        case .delivery(let outcome):
            noteDelivery(outcome)
        case .lag(let snapshot):
            lag.record(snapshot, visibleRows: visibleRows(in: .lag))
        }
    }

    private mutating func apply(_ events: [Event]) {
        var newIDs: Set<String> = []
        var touchesTasks = false
        var touchesAlerts = false
        for event in events {
            if let id = event.droneID, !id.isEmpty, fleet.drones[id] == nil {
                newIDs.insert(id)
            }
            switch event.type.category {
            case .task: touchesTasks = true
            case .alert: touchesAlerts = true
            default: break
            }
            fleet.apply(event)
            detail?.follow(event)
        }
        fleetTable.noteEvents(adding: newIDs, fleet: fleet)
        if touchesTasks {
            tasks.schedule.markStale()
            if fleetTable.sort.column == .task { fleetTable.list.schedule.markStale() }
        }
        if touchesAlerts {
            alertFeed.list.schedule.markStale()
            acknowledgements.settle(with: fleet.alerts)
        }
        rebuildDueLists()
        summaryMissesEvents = true
        // A critical alert raised or acknowledged reaches the header at once, whatever the counting interval.
        refreshSummary(force: touchesAlerts)
    }

    /// Rebuilds the lists that events made stale and whose interval has passed.
    mutating func rebuildDueLists() {
        if fleetTable.list.schedule.isDue(at: now) { rebuildFleetTable() }
        if tasks.schedule.isDue(at: now) { rebuildTasks() }
        if alertFeed.list.schedule.isDue(at: now) { rebuildAlertFeed() }
    }

    /// Rebuilds every list that events made stale, due or not. A key acts on the rows as they are now: an alert
    /// the header already shows can be acknowledged from the feed at once, not a second later.
    private mutating func rebuildStaleLists() {
        if fleetTable.list.schedule.isStale { rebuildFleetTable() }
        if tasks.schedule.isStale { rebuildTasks() }
        if alertFeed.list.schedule.isStale { rebuildAlertFeed() }
    }

    mutating func rebuildFleetTable() {
        fleetTable.rebuild(fleet: fleet, at: now, visibleRows: visibleRows(in: .fleet))
    }

    mutating func rebuildTasks() {
        tasks.replaceRows(with: TaskList.rows(in: fleet, filter: tasks.filter, previous: tasks.rows.keys), at: now,
                          visibleRows: visibleRows(in: .tasks))
    }

    mutating func rebuildAlertFeed() {
        alertFeed.rebuild(fleet: fleet, at: now, visibleRows: visibleRows(in: .alerts))
    }

    private mutating func keepSelectionsVisible() {
        fleetTable.list.cursor.keepVisible(in: fleetTable.list.rows, visibleRows: visibleRows(in: .fleet))
        tasks.cursor.keepVisible(in: tasks.rows, visibleRows: visibleRows(in: .tasks))
        alertFeed.list.cursor.keepVisible(in: alertFeed.list.rows, visibleRows: visibleRows(in: .alerts))
        lag.list.cursor.keepVisible(in: lag.list.rows, visibleRows: visibleRows(in: .lag))
        if var current = detail {
            current.events.keepVisible(in: DroneDetail.eventRows(of: fleet.drones[current.droneID]),
                                       visibleRows: visibleRows(in: .detail))
            detail = current
        }
    }

    private mutating func noteDelivery(_ outcome: DeliveryOutcome) {
        switch outcome.subject {
        case .command(let id):
            guard let sent = outbox.record(outcome, commandID: id), let reason = outcome.failureReason else { return }
            message = .error("\(sent.command.command.label) → \(sent.command.droneID) not delivered: \(reason) — R sends it again")
        case .acknowledgement(let alertID):
            acknowledgements.record(outcome, alertID: alertID)
            if let reason = outcome.failureReason {
                message = .error("acknowledgement of \(alertID) not delivered: \(reason) — a or R sends it again")
            }
        }
    }

    /// Rows a list shows on screen in `context`, below its column titles.
    func visibleRows(in context: KeyContext) -> Int {
        let layout = ScreenLayout(size: size)
        switch context {
        case .fleet: return layout.fleetRows
        case .tasks, .alerts: return layout.listRows
        case .lag: return max(1, layout.listRows - lag.summaryRows)
        case .detail:
            guard let detail else { return layout.listRows }
            return DetailLayout(content: DroneDetailContent(state: self, droneID: detail.droneID),
                                area: layout.content, showsJSON: detail.showsJSON).eventRows
        }
    }
}
