import FlightDeckCore

/// The fleet table's rows: every drone, filtered and sorted as the operator asked, and the selection.
struct FleetTable: Hashable, Sendable {
    /// Every drone id in natural order, merged as drones appear.
    private(set) var roster = DroneRoster()
    private(set) var sort = FleetSort()
    var list = PaneList()

    /// Brings the roster up to date after a batch of events and marks the rows stale when they may have changed.
    mutating func noteEvents(adding newIDs: Set<String>, fleet: FleetState) {
        let previousCount = roster.count
        roster.update(adding: newIDs, fleetIDs: fleet.drones.keys)
        if roster.count != previousCount || !newIDs.isEmpty || sort.followsLiveValues || !list.filter.isEmpty {
            list.schedule.markStale()
        }
    }

    mutating func cycleSortColumn() {
        sort.column = sort.column.next
        sort.isDescending = false
    }

    mutating func reverseSort() {
        sort.isDescending.toggle()
    }

    /// The drones that pass the filter, in the sort's order.
    mutating func rebuild(fleet: FleetState, at now: Timestamp, visibleRows: Int) {
        var ids = roster.ids
        let query = TextQuery(list.filter)
        if !query.isEmpty {
            ids = ids.filter { id in
                guard let drone = fleet.drones[id] else { return false }
                let task = drone.currentTaskID.flatMap { fleet.tasks[$0] }
                return query.matches(drone.id, drone.status.rawValue, drone.currentTaskID, task?.name, task?.currentStep)
            }
        }
        list.replaceRows(with: sort.ordered(ids, in: fleet), at: now, visibleRows: visibleRows)
    }
}
