import CoreMetrics
import FlightDeckConsole
import FlightDeckCore
import FlightDeckKafka
import Prometheus
import Synchronization

/// The event pipeline's Prometheus metrics, recorded through swift-metrics into this object's own registry
/// (no global bootstrap, so each console or test has its own). Counting happens once per batch, on the
/// threads that read and publish, never on the UI thread.
final class PipelineMetrics: Sendable {
    enum Name {
        static let published = "kafka_events_published_total"
        static let consumed = "kafka_events_consumed_total"
        static let processing = "kafka_event_processing_duration_seconds"
        static let lag = "kafka_consumer_lag"
        static let decodeErrors = "kafka_decode_errors_total"
        static let deliveryFailures = "kafka_delivery_failures_total"
    }

    /// Decoding one event takes microseconds: the default buckets (5 ms and up) would put every one in the first.
    static let processingBuckets: [Duration] = [.microseconds(1), .microseconds(2), .microseconds(5), .microseconds(10),
                                                .microseconds(20), .microseconds(50), .microseconds(100), .microseconds(500),
                                                .milliseconds(1), .milliseconds(10), .milliseconds(100)]

    private struct Key: Hashable, Sendable {
        var name: String
        var labels: [String]
    }

    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    /// swift-metrics handles, kept so each is created once: the registry holds the values.
    private let counters = Mutex<[Key: CoreMetrics.Counter]>([:])
    private let timers = Mutex<[Key: CoreMetrics.Timer]>([:])
    private let gauges = Mutex<[Key: CoreMetrics.Gauge]>([:])
    /// Delivery failures already counted, per producer statistics total.
    private let countedFailures = Mutex<[String: Int]>([:])

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[Name.processing] = Self.processingBuckets
        self.factory = factory
    }

    /// Events queued for publishing, counted per topic and type.
    func countPublished(_ events: [Event]) {
        for ((topic, type), count) in Self.tally(events) {
            counter(Name.published, ["topic": topic, "event_type": type]).increment(by: Int64(count))
        }
    }

    /// A batch the reader decoded: events per topic and type, decode failures per topic, and the sampled decode times.
    func countConsumed(_ batch: ReadBatch) {
        for ((topic, type), count) in Self.tally(batch.events) {
            counter(Name.consumed, ["topic": topic, "event_type": type]).increment(by: Int64(count))
        }
        for (topic, failures) in Dictionary(grouping: batch.failures, by: \.topic) {
            counter(Name.decodeErrors, ["topic": topic]).increment(by: Int64(failures.count))
        }
        for timing in batch.decodeTimings {
            let labels = ["topic": Topic.destination(of: timing.type).rawValue, "event_type": timing.type.rawValue]
            timer(Name.processing, labels).recordNanoseconds(Int64(timing.seconds * 1e9))
        }
    }

    /// Brings the delivery-failure counter up to a producer's running total (`source` names the producer).
    func recordDeliveryFailures(total: Int, source: String) {
        let delta = countedFailures.withLock { counted in
            defer { counted[source] = max(counted[source] ?? 0, total) }
            return total - (counted[source] ?? 0)
        }
        if delta > 0 { counter(Name.deliveryFailures, ["producer": source]).increment(by: Int64(delta)) }
    }

    /// Each group's lag per partition, as last read.
    func recordLag(_ snapshot: LagSnapshot) {
        for group in snapshot.groups {
            for partition in group.partitions {
                guard let lag = partition.lag else { continue }
                gauge(Name.lag, ["group": group.group, "topic": partition.topic, "partition": String(partition.partition)]).record(lag)
            }
        }
    }

    /// The Prometheus text exposition of every metric.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }

    /// Events per (topic they are published to, type): one dictionary update per run of equal types, one
    /// counter update per pair.
    private static func tally(_ events: [Event]) -> [(key: (String, String), value: Int)] {
        var counts: [EventType: Int] = [:]
        var start = events.startIndex
        while start < events.endIndex {
            let type = events[start].type
            var end = start + 1
            while end < events.endIndex && events[end].type == type { end += 1 }
            counts[type, default: 0] += end - start
            start = end
        }
        return counts.map { (key: (Topic.destination(of: $0.key).rawValue, $0.key.rawValue), value: $0.value) }
    }

    private func counter(_ name: String, _ labels: [String: String]) -> CoreMetrics.Counter {
        Self.cached(in: counters, name, labels) { CoreMetrics.Counter(label: $0, dimensions: $1, factory: factory) }
    }

    private func timer(_ name: String, _ labels: [String: String]) -> CoreMetrics.Timer {
        Self.cached(in: timers, name, labels) { CoreMetrics.Timer(label: $0, dimensions: $1, factory: factory) }
    }

    private func gauge(_ name: String, _ labels: [String: String]) -> CoreMetrics.Gauge {
        Self.cached(in: gauges, name, labels) { CoreMetrics.Gauge(label: $0, dimensions: $1, factory: factory) }
    }

    /// The handle for `name` and `labels`, created on first use.
    private static func cached<Handle>(in cache: borrowing Mutex<[Key: Handle]>, _ name: String, _ labels: [String: String],
                                       make: (String, [(String, String)]) -> Handle) -> Handle {
        let dimensions = labels.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let key = Key(name: name, labels: dimensions.flatMap { [$0.0, $0.1] })
        return cache.withLock { handles in
            if let existing = handles[key] { return existing }
            let created = make(name, dimensions)
            handles[key] = created
            return created
        }
    }
}
