import FlightDeckCore
import FlightDeckKafka
import Foundation
import ProcessSupport
import Testing

/// `flightdeck process` killed with SIGKILL while it works through a stream that raises hundreds of alerts,
/// then restarted: every alert the rules raise is published, none twice.
@Suite("Alert service killed and restarted")
struct ProcessorCrashTests {
    static let centre = GeoPoint(latitude: 22.5431, longitude: 114.0579)
    static let zoneYAML = """
        zones:
          - id: civic
            name: Civic centre
            circle: {latitude: 22.5431, longitude: 114.0579, radius: 200}
        """
    static let drones = 300
    /// Seconds between two drones' take-offs: fewer than `AlertPolicy.burstDrones` (5) enter within its 10 s
    /// window and fewer than `globalLimit` (30) alerts fall in a minute, so every drone's alert is its own.
    static let spacingSeconds = 3
    static let group = "alert-service"

    /// Each drone flies north through the zone, one position a second for 60 s (inside from second 21 to 39);
    /// all in event-time order on one partition, so the rules see the same order as the service.
    static func traffic(from base: Timestamp) -> [Event] {
        var events: [(Int64, Event)] = []
        for drone in 0..<drones {
            let droneID = String(format: "drone-%03d", drone)
            for second in 0..<60 {
                let north = Double(second - 30) * 20
                let point = GeoPoint(latitude: centre.latitude + north / 111_195, longitude: centre.longitude, altitude: 100)
                let time = Int64(drone * spacingSeconds + second) * 1000
                events.append((time, Event(id: "\(droneID)-\(second)", type: .droneLocationUpdated, source: "test",
                                           timestamp: base.adding(milliseconds: time),
                                           payload: .droneLocation(DroneLocation(droneID: droneID, location: point, speed: 20)))))
            }
        }
        return events.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static var configuration: StreamProcessor.Configuration {
        var configuration = StreamProcessor.Configuration(zones: [
            NoFlyZone(id: "civic", name: "Civic centre", shape: .circle(center: centre, radius: 200)),
        ])
        configuration.linkSilenceSeconds = 3_600
        return configuration
    }

    struct Cluster {
        let cluster: EmbeddedCluster

        init() throws {
            cluster = try EmbeddedCluster()
            try cluster.createSystemTopics(partitions: 1)
        }

        var properties: KafkaProperties { KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]) }

        /// Messages on alert-events so far.
        func alertCount() throws -> Int64 {
            let consumer = try Consumer(properties: properties)
            return try consumer.watermarks(topic: Topic.alertEvents.rawValue, partition: 0).high
        }

        /// Starts `group` at `offset` of drone-events, as if it had committed up to there and then crashed.
        func commit(_ offset: Int64, for group: String) throws {
            var properties = properties
            properties["group.id"] = group
            try Consumer(properties: properties).commit([TopicPartitionOffset(topic: Topic.droneEvents.rawValue, partition: 0, offset: offset)])
        }

        /// drone-events messages `group` has not committed; nil before its first commit.
        func uncommitted(by group: String = ProcessorCrashTests.group) throws -> Int64? {
            let lag = try LagReader(properties: properties).lag(of: group, topics: [Topic.droneEvents.rawValue])
            guard lag.partitions.allSatisfy({ $0.committed != nil }) else { return nil }
            return lag.totalLag
        }

        func createdAlertIDs() throws -> [String] {
            try TopicSnapshot.events(properties: properties.withDefaults(EmbeddedCluster.consumerTuning), topic: Topic.alertEvents.rawValue)
                .compactMap { event in
                    guard event.type == .alertCreated, case .alert(let update) = event.payload else { return nil }
                    return update.alertID
                }
        }
    }

    func startProcess(_ cluster: Cluster, zones: String, group: String = group) throws -> ChildProcess {
        try ChildProcess(path: try Executable.flightdeck, arguments: [
            "process", "--brokers", cluster.cluster.bootstrapServers, "--zones", zones, "--link-silence", "3600", "--group", group,
            "-X", "session.timeout.ms=6000", "-X", "fetch.wait.max.ms=5",
        ], output: .null)
    }

    /// Runs the service until the group has committed everything and alert-events has stopped growing, then stops it.
    func runUntilSettled(_ cluster: Cluster, zones: String, group: String = group) throws -> Bool {
        let process = try startProcess(cluster, zones: zones, group: group)
        defer {
            process.terminate()
            process.wait()
        }
        var previous: Int64 = -1
        return try eventually(seconds: 60, poll: 2) {
            let count = try cluster.alertCount()
            defer { previous = count }
            return try cluster.uncommitted(by: group) == 0 && count == previous
        }
    }

    @Test("SIGKILL mid-stream and restart: the published alerts are exactly the rules' alerts, each once")
    func killedAndRestarted() throws {
        let cluster = try Cluster()
        let zones = FileManager.default.temporaryDirectory.appendingPathComponent("crash-zones-\(UUID().uuidString).yaml").path
        try Self.zoneYAML.write(toFile: zones, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: zones) }

        // Event times end well inside the link-silence window, so no drone is reported lost.
        let events = Self.traffic(from: Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970 - 1_200))
        var rules = StreamProcessor(configuration: Self.configuration)
        let expected = Set(events.flatMap { rules.process($0) }.filter { $0.type == .alertCreated }.compactMap { event -> String? in
            guard case .alert(let update) = event.payload else { return nil }
            return update.alertID
        })
        #expect(expected.count == Self.drones, "each drone enters the zone once and raises its own alert")

        let producer = try Producer(properties: cluster.properties.withDefaults(EmbeddedCluster.producerTuning))
        for event in events { try producer.send(event) }
        #expect(producer.flush(timeoutMilliseconds: 20_000) == 0)

        // Killed as soon as the first alert is out, and again half-way through the rest.
        var kills: [(alerts: Int64, uncommitted: Int64?)] = []
        for threshold in [1, Int64(Self.drones / 2)] {
            let process = try startProcess(cluster, zones: zones)
            let reached = try eventually(seconds: 30, poll: 0.01) { try cluster.alertCount() >= threshold }
            process.terminate(signal: SIGKILL)
            process.wait()
            #expect(reached, "the service published fewer than \(threshold) alerts in 30 s")
            kills.append((try cluster.alertCount(), try cluster.uncommitted()))
        }

        #expect(try runUntilSettled(cluster, zones: zones), "the restarted service did not catch up")
        let created = try cluster.createdAlertIDs()
        let duplicated = created.count - Set(created).count
        #expect(Set(created) == expected, "missing \(expected.subtracting(created).count), unexpected \(Set(created).subtracting(expected).count)")
        #expect(duplicated == 0)

        // The widest crash window on purpose: every alert delivered, every commit after the first batch lost
        // (a group that committed 1,000 and no more). Drones inside the zone across that point had their alerts
        // raised before it and resolved after it.
        try cluster.commit(1_000, for: "alert-service-redo")
        #expect(try runUntilSettled(cluster, zones: zones, group: "alert-service-redo"), "the service did not catch up after the crash")
        let redone = try cluster.createdAlertIDs()
        #expect(redone.count == created.count, "redoing delivered batches raised \(redone.count - created.count) alerts again")
        let killText = kills.map { "\($0.alerts) alert events out, \($0.uncommitted.map(String.init) ?? "none committed") drone events uncommitted" }
        print("processor crash: expected \(expected.count), published \(created.count) alert.created (\(Set(created).count) distinct), duplicated \(duplicated); killed at: \(killText.joined(separator: "; ")); after redoing 17,000 delivered-but-uncommitted events: \(redone.count - created.count) more")
    }
}
