/// Which offsets of each partition a reader has taken in, and whether they came without gaps or repeats.
///
/// Kafka hands a partition's messages over in offset order, once each, unless the client rewinds (a
/// rebalance, a reconnect that refetches). The ranges make both visible: what the console's state was built
/// from, so `flightdeck verify` can rebuild it from exactly the same messages, and whether any were skipped.
public struct ConsumedRanges: Hashable, Sendable {
    public struct Range: Hashable, Sendable, Codable {
        public var topic: String
        public var partition: Int32
        /// The first offset read.
        public var first: Int64
        /// The offset after the last one read: where reading would continue.
        public var next: Int64

        public init(topic: String, partition: Int32, first: Int64, next: Int64) {
            self.topic = topic
            self.partition = partition
            self.first = first
            self.next = next
        }

        public var count: Int64 { next - first }
    }

    private var byPartition: [TopicPartition: Range] = [:]
    /// Messages read again at an offset already read.
    public private(set) var repeated = 0
    /// Offsets jumped over between one message and the next of the same partition.
    public private(set) var skipped: Int64 = 0

    public init() {}

    public init(_ ranges: [Range]) {
        for range in ranges { byPartition[TopicPartition(topic: range.topic, partition: range.partition)] = range }
    }

    /// Every partition read from, sorted by topic and partition.
    public var ranges: [Range] {
        byPartition.values.sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
    }

    public var isEmpty: Bool { byPartition.isEmpty }

    /// Where reading `partition` of `topic` would continue; nil when nothing of it was read.
    public func next(topic: String, partition: Int32) -> Int64? {
        byPartition[TopicPartition(topic: topic, partition: partition)]?.next
    }

    /// The ranges of `target` not read here to their end, each with where reading got to.
    public func shortfall(against target: ConsumedRanges) -> [(range: Range, reached: Int64)] {
        target.ranges.compactMap { range in
            let reached = next(topic: range.topic, partition: range.partition) ?? range.first
            return reached < range.next ? (range, reached) : nil
        }
    }

    /// Called for every message read: the partition's range is found once and changed in place.
    public mutating func record(topic: String, partition: Int32, offset: Int64) {
        let key = TopicPartition(topic: topic, partition: partition)
        guard let index = byPartition.index(forKey: key) else {
            byPartition[key] = Range(topic: topic, partition: partition, first: offset, next: offset + 1)
            return
        }
        let next = byPartition.values[index].next
        if offset < next {
            repeated += 1
            return
        }
        skipped += offset - next
        byPartition.values[index].next = offset + 1
    }

    /// Adds what a later read took in, as if its offsets had been recorded here one by one.
    public mutating func append(_ later: ConsumedRanges) {
        repeated += later.repeated
        skipped += later.skipped
        for (key, range) in later.byPartition {
            guard var existing = byPartition[key] else {
                byPartition[key] = range
                continue
            }
            if range.first < existing.next {
                repeated += Int(min(existing.next, range.next) - range.first)
            } else {
                skipped += range.first - existing.next
            }
            existing.next = max(existing.next, range.next)
            byPartition[key] = existing
        }
    }
}
