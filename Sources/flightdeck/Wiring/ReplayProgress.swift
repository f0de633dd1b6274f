import FlightDeckCore
import FlightDeckKafka
import Foundation

/// How far a replay has come through the offsets it set out to read, drawn as a bar on standard error.
struct ReplayProgress {
    private var remaining: [TopicPartition: (position: Int64, end: Int64)] = [:]
    private let total: Int64
    private var lastDrawn = Date.distantPast

    /// `start` as assigned (logical offsets resolved through `watermarks`), read up to each partition's end now.
    init(start: [TopicPartitionOffset], watermarks: (TopicPartitionOffset) throws -> (low: Int64, high: Int64)) rethrows {
        var total: Int64 = 0
        for partition in start {
            let (low, high) = try watermarks(partition)
            let from = partition.offset >= 0 ? max(partition.offset, low) : low
            guard high > from else { continue }
            remaining[TopicPartition(topic: partition.topic, partition: partition.partition)] = (from, high)
            total += high - from
        }
        self.total = total
    }

    var isDone: Bool { remaining.allSatisfy { $0.value.position >= $0.value.end } }

    var fraction: Double {
        guard total > 0 else { return 1 }
        let left = remaining.values.reduce(Int64(0)) { $0 + max(0, $1.end - $1.position) }
        return Double(total - left) / Double(total)
    }

    mutating func advance(_ offsets: [TopicPartitionOffset]) {
        for offset in offsets {
            let key = TopicPartition(topic: offset.topic, partition: offset.partition)
            guard let entry = remaining[key] else { continue }
            remaining[key]?.position = max(entry.position, offset.offset)
        }
    }

    /// On a terminal the bar is redrawn in place; into a file or pipe it is a line a second.
    private let interactive = isatty(STDERR_FILENO) != 0

    /// Draws the bar at most a few times a second, and always when `final`.
    mutating func draw(events: Int, upTo time: Timestamp?, final: Bool = false) {
        guard final || Date().timeIntervalSince(lastDrawn) >= (interactive ? 0.25 : 1) else { return }
        lastDrawn = Date()
        let width = 30
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "replay \(bar) \(Int(fraction * 100))%  \(events) events" + (time.map { "  up to \($0.iso8601)" } ?? "")
        FileHandle.standardError.write(Data((interactive ? "\r" + line + (final ? "\n" : "") : line + "\n").utf8))
    }
}
