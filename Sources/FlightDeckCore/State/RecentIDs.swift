/// The last `capacity` event ids seen, for recognising an event delivered twice.
///
/// It keeps 64-bit hashes of the ids, not the ids: a fixed open-addressing table (linear probing, backward-shift
/// deletion) answers membership, and a ring of the same hashes in arrival order says which to forget. Nothing is
/// allocated per event. Two different ids share a hash with odds of about `capacity / 2⁶⁴` per event (one in
/// 10¹⁴ with the default cap), which would show a fresh event as a duplicate: far below any broker's own error rate.
public struct RecentIDs: Hashable, Sendable {
    /// Slots of the hash table; 0 marks an empty slot, so no stored hash is 0.
    private var slots: [UInt64]
    /// Hashes in arrival order; `next` is where the newest goes, overwriting the oldest once full.
    private var ring: [UInt64]
    private var next = 0
    private(set) var count = 0
    let capacity: Int

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
        // At most half full, so probe runs stay short.
        var tableSize = 8
        while tableSize < self.capacity * 2 { tableSize <<= 1 }
        slots = Array(repeating: 0, count: tableSize)
        ring = Array(repeating: 0, count: self.capacity)
    }

    /// Records `id`; returns false when it was already among the recent ids.
    public mutating func insert(_ id: String) -> Bool {
        let hash = Self.hash(id)
        var index = home(of: hash)
        while slots[index] != 0 {
            if slots[index] == hash { return false }
            index = (index + 1) & mask
        }
        if count == capacity {
            remove(ring[next])
        } else {
            count += 1
        }
        // The removal may have shifted entries, so the free slot is looked up again.
        index = home(of: hash)
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = hash
        ring[next] = hash
        next = next + 1 == capacity ? 0 : next + 1
        return true
    }

    private var mask: Int { slots.count - 1 }

    private func home(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash) & mask
    }

    /// Deletes `hash` and moves later members of its probe run back, so no lookup stops early at the hole.
    private mutating func remove(_ hash: UInt64) {
        var hole = home(of: hash)
        while slots[hole] != hash {
            guard slots[hole] != 0 else { return }
            hole = (hole + 1) & mask
        }
        var index = hole
        while true {
            index = (index + 1) & mask
            let member = slots[index]
            if member == 0 { break }
            // A member may fill the hole only if its home is not between the hole and where it sits (cyclically).
            let distanceFromHome = (index - home(of: member)) & mask
            let distanceFromHole = (index - hole) & mask
            if distanceFromHome >= distanceFromHole {
                slots[hole] = member
                hole = index
            }
        }
        slots[hole] = 0
    }

    private static func hash(_ id: String) -> UInt64 {
        // The id's bytes, not the String: the same id is the same bytes on the wire, and hashing bytes
        // skips String's Unicode normalisation.
        var hasher = Hasher()
        if id.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            hasher.combine(id)
        }
        let value = UInt64(bitPattern: Int64(hasher.finalize()))
        return value == 0 ? 1 : value
    }
}
