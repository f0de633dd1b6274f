import FlightDeckCore
import FlightDeckKafka
import Foundation

/// An embedded cluster with the system's topics, and clients tuned for it.
struct TestCluster {
    let cluster: EmbeddedCluster

    init(partitions: Int32 = 3) throws {
        cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: partitions)
    }

    var bootstrap: String { cluster.bootstrapServers }

    func properties(_ extra: [String: String] = [:]) -> KafkaProperties {
        KafkaProperties(["bootstrap.servers": bootstrap].merging(extra) { _, new in new })
    }

    func producer(_ extra: [String: String] = [:]) throws -> Producer {
        try Producer(properties: properties(EmbeddedCluster.producerTuning.merging(extra) { _, new in new }))
    }

    func consumer(_ extra: [String: String] = [:], onEvent: @escaping ClientEventHandler = { _ in }) throws -> Consumer {
        try Consumer(properties: properties(EmbeddedCluster.consumerTuning.merging(extra) { _, new in new }), onEvent: onEvent)
    }

    /// Reads until `count` events (and failures) arrived or `seconds` passed.
    func read(_ count: Int, from consumer: Consumer, seconds: Double = 30) -> ReadBatch {
        let reader = EventReader(consumer: consumer)
        var all = ReadBatch()
        let deadline = Date().addingTimeInterval(seconds)
        while all.events.count + all.failures.count < count, Date() < deadline {
            let batch = reader.readBatch(maxWaitMilliseconds: 100)
            all.events += batch.events
            all.failures += batch.failures
            all.bytes += batch.bytes
        }
        return all
    }
}

/// Collects delivery reports from the producer's thread.
final class DeliveryRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [DeliveryResult] = []

    var completion: @Sendable (DeliveryResult) -> Void {
        { result in self.lock.withLock { self.results.append(result) } }
    }

    var all: [DeliveryResult] { lock.withLock { results } }

    /// Waits until `count` reports arrived or `seconds` passed.
    func wait(for count: Int, seconds: Double = 30) -> [DeliveryResult] {
        let deadline = Date().addingTimeInterval(seconds)
        while all.count < count, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        return all
    }
}

enum SampleEvents {
    static let start = Timestamp(millisecondsSinceEpoch: 1_754_216_000_000)

    /// Telemetry for `drones` drones, `perDrone` each, battery falling by one per event so order is visible.
    static func telemetry(drones: Int, perDrone: Int) -> [Event] {
        var events: [Event] = []
        for step in 0..<perDrone {
            for drone in 0..<drones {
                let droneID = String(format: "drone-%03d", drone)
                events.append(Event(
                    id: "\(droneID)-\(step)",
                    type: .droneTelemetry,
                    source: "test",
                    timestamp: start.adding(milliseconds: Int64(step * 1000)),
                    payload: .telemetry(DroneTelemetry(droneID: droneID, battery: Double(100 - step), speed: 10,
                                                       heading: 90, location: GeoPoint(latitude: 22.5, longitude: 114.0 + Double(drone) / 1000, altitude: 100)))
                ))
            }
        }
        return events
    }
}
