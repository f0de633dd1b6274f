import DequeModule

/// The last `capacity` event ids seen, for recognising an event delivered twice.
struct RecentIDs: Hashable, Sendable {
    private var members: Set<String> = []
    private var order: Deque<String> = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    var count: Int { order.count }

    /// Records `id`; returns false when it was already among the recent ids.
    mutating func insert(_ id: String) -> Bool {
        guard members.insert(id).inserted else { return false }
        order.append(id)
        if order.count > capacity, let oldest = order.popFirst() {
            members.remove(oldest)
        }
        return true
    }
}
