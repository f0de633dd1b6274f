import FlightDeckCore

/// The fleet's drone ids in natural order, kept between frames.
///
/// `FleetState.drones` is a dictionary; sorting 10,000 ids on every frame would dominate rendering.
/// The roster is sorted once and afterwards only merges the ids that a batch of events introduced.
struct DroneRoster: Hashable, Sendable {
    private(set) var ids: [String] = []

    var count: Int { ids.count }

    /// Brings the roster up to date after a batch that introduced `newIDs`, given the fleet's ids now.
    ///
    /// When the fleet dropped drones (its cap forgets the longest-silent one) the counts no longer add up,
    /// and the roster is rebuilt from the fleet.
    mutating func update(adding newIDs: Set<String>, fleetIDs: Dictionary<String, DroneState>.Keys) {
        guard ids.count + newIDs.count == fleetIDs.count else {
            ids = fleetIDs.sorted(by: NaturalOrder.areInIncreasingOrder)
            return
        }
        guard !newIDs.isEmpty else { return }
        let added = newIDs.sorted(by: NaturalOrder.areInIncreasingOrder)
        var merged: [String] = []
        merged.reserveCapacity(ids.count + added.count)
        var old = ids[...]
        var new = added[...]
        while let oldFirst = old.first, let newFirst = new.first {
            if NaturalOrder.areInIncreasingOrder(newFirst, oldFirst) {
                merged.append(newFirst)
                new.removeFirst()
            } else {
                merged.append(oldFirst)
                old.removeFirst()
            }
        }
        merged.append(contentsOf: old)
        merged.append(contentsOf: new)
        ids = merged
    }
}
