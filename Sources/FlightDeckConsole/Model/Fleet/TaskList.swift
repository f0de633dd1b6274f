import FlightDeckCore

/// The tasks pane's rows: active tasks ordered by drone, then by task id.
enum TaskList {
    static func rows(in fleet: FleetState, filter: String) -> [String] {
        let query = TextQuery(filter)
        let active = fleet.tasks.values.filter { task in
            task.phase == .active && query.matches(task.id, task.name, task.currentStep, task.droneID)
        }
        return active.sorted { lhs, rhs in
            let left = lhs.droneID ?? "", right = rhs.droneID ?? ""
            if left != right { return NaturalOrder.areInIncreasingOrder(left, right) }
            return NaturalOrder.areInIncreasingOrder(lhs.id, rhs.id)
        }.map(\.id)
    }
}
