import FlightDeckCore

extension ConsoleState {
    /// Applies one action. Pure: the result depends only on the state and the action.
    public mutating func reduce(_ action: ConsoleAction) {
        switch action {
        case .received(let input):
            receive(input)
        case .command(let command):
            perform(command)
        case .resized(let newSize):
            size = newSize
            keepSelectionVisible()
        case .tick(let time):
            throughput.record(total: eventsConsumed, at: time)
        }
    }

    private mutating func receive(_ input: ConsoleInput) {
        switch input {
        case .events(let events):
            apply(events)
        case .decodeFailures(let count, let lastReason):
            decodeFailures += count
            lastDecodeFailure = lastReason
        case .broker(let status):
            broker = status
        case .notice(let text):
            notice = text
        }
    }

    private mutating func apply(_ events: [Event]) {
        var newIDs: Set<String> = []
        for event in events {
            if let id = event.droneID, !id.isEmpty, fleet.drones[id] == nil {
                newIDs.insert(id)
            }
            fleet.apply(event)
        }
        eventsConsumed += events.count
        roster.update(adding: newIDs, fleetIDs: fleet.drones.keys)
        keepSelectionVisible()
    }

    private mutating func perform(_ command: ConsoleCommand) {
        let page = max(1, ScreenLayout(size: size).fleetRows)
        switch command {
        case .selectPrevious: moveSelection(by: -1)
        case .selectNext: moveSelection(by: 1)
        case .pageUp: moveSelection(by: -page)
        case .pageDown: moveSelection(by: page)
        case .selectFirst: select(0)
        case .selectLast: select(roster.count - 1)
        case .toggleHelp: isHelpVisible.toggle()
        case .closeHelp: isHelpVisible = false
        case .quit: isQuitRequested = true
        }
    }

    private mutating func moveSelection(by rows: Int) {
        guard let index = selectedIndex else { return }
        select(index + rows)
    }

    private mutating func select(_ index: Int) {
        guard roster.count > 0 else { return }
        selectedID = roster.ids[max(0, min(index, roster.count - 1))]
        keepSelectionVisible()
    }

    private mutating func keepSelectionVisible() {
        scrollOffset = Viewport.firstRow(from: scrollOffset, keeping: selectedIndex,
                                         visibleRows: ScreenLayout(size: size).fleetRows, count: roster.count)
    }
}
