/// A list's row keys in display order, with each key's position so finding the selected row costs no search.
struct RowOrder: Hashable, Sendable {
    let keys: [String]
    private let positions: [String: Int]

    init(_ keys: [String]) {
        self.keys = keys
        var positions: [String: Int] = [:]
        positions.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            positions[key] = index
        }
        self.positions = positions
    }

    static let empty = RowOrder([])

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    func index(of key: String) -> Int? {
        positions[key]
    }
}
