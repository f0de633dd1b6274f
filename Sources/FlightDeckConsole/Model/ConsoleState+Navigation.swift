import FlightDeckCore

extension ConsoleState {
    mutating func perform(_ command: ConsoleCommand) {
        switch command {
        case .selectPrevious: moveSelection(by: -1)
        case .selectNext: moveSelection(by: 1)
        case .pageUp: moveSelection(by: -max(1, visibleRows(in: keyContext)))
        case .pageDown: moveSelection(by: max(1, visibleRows(in: keyContext)))
        case .selectFirst: moveCursor { $0.select(0, in: $1, visibleRows: $2) }
        case .selectLast: moveCursor { $0.select(Int.max, in: $1, visibleRows: $2) }
        case .showPane(let target): show(target)
        case .nextPane: show(pane.next)
        case .previousPane: show(pane.previous)
        case .openDetail: openDetail()
        case .back: goBack()
        case .toggleHelp: overlay = isHelpVisible ? nil : .help(firstLine: 0)
        case .startFilter: startFilter()
        case .startCommandLine: lineInput = LineInput(.command)
        case .cycleSortColumn:
            fleetTable.cycleSortColumn()
            rebuildFleetTable()
        case .reverseSort:
            fleetTable.reverseSort()
            rebuildFleetTable()
        case .droneCommand(let name): requestCommand(name, droneID: nil, target: nil)
        case .openGoToForm: requestCommand(.goTo, droneID: nil, target: nil)
        case .acknowledgeSelected: acknowledgeSelectedAlert()
        case .acknowledgeAllShown: acknowledgeAllShownAlerts()
        case .retry: retry()
        case .toggleEventJSON: detail?.showsJSON.toggle()
        case .quit: isQuitRequested = true
        }
    }

    private mutating func moveSelection(by rows: Int) {
        moveCursor { $0.move(by: rows, in: $1, visibleRows: $2) }
    }

    /// Moves the selection of the list keys land in, given that list's rows and visible row count.
    private mutating func moveCursor(_ move: (inout ListCursor, RowOrder, Int) -> Void) {
        let visible = visibleRows(in: keyContext)
        switch keyContext {
        case .fleet: move(&fleetTable.list.cursor, fleetTable.list.rows, visible)
        case .tasks: move(&tasks.cursor, tasks.rows, visible)
        case .alerts: move(&alertFeed.list.cursor, alertFeed.list.rows, visible)
        case .lag: move(&lag.list.cursor, lag.list.rows, visible)
        case .detail:
            guard var current = detail else { return }
            move(&current.events, DroneDetail.eventRows(of: fleet.drones[current.droneID]), visible)
            detail = current
        }
    }

    private mutating func show(_ target: Pane) {
        detail = nil
        pane = target
        rebuildDueLists()
    }

    /// The drone the selected row is about: the fleet's selected drone, the selected task's or alert's drone,
    /// or the drone whose detail is open.
    var contextDroneID: String? {
        switch keyContext {
        case .fleet: fleetTable.list.selectedKey
        case .tasks: tasks.selectedKey.flatMap { fleet.tasks[$0]?.droneID }
        case .alerts: alertFeed.selectedGroup.flatMap { $0.alerts(in: fleet).first?.droneID }
        case .lag: nil
        case .detail: detail?.droneID
        }
    }

    private mutating func openDetail() {
        guard let droneID = contextDroneID, fleet.drones[droneID] != nil else {
            message = .error("no drone to show: select a row that names a known drone")
            return
        }
        showDetail(of: droneID)
    }

    mutating func showDetail(of droneID: String) {
        detail = DroneDetail(droneID: droneID, recentEvents: fleet.drones[droneID]?.recentEvents ?? [])
    }

    private mutating func goBack() {
        if detail != nil {
            detail = nil
        } else if let filtered = filteredList, !filtered.isEmpty {
            setFilter("", on: pane)
        } else if pane != .fleet {
            show(.fleet)
        }
    }

    /// The current pane's filter text, for panes that filter.
    private var filteredList: String? {
        switch pane {
        case .fleet: fleetTable.list.filter
        case .tasks: tasks.filter
        case .alerts: alertFeed.list.filter
        case .lag: nil
        }
    }

    private mutating func startFilter() {
        guard detail == nil, let text = filteredList else { return }
        lineInput = LineInput(.filter(pane), text: text)
    }
}
