@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

/// `flightdeck process` on the embedded cluster: simulated traffic in, the expected alerts out, and a restart
/// that raises nothing twice.
@Suite("Alert service on the embedded cluster", .serialized)
struct AlertServiceTests {
    static let zone = NoFlyZone(id: "civic", name: "Civic centre",
                                shape: .circle(center: GeoPoint(latitude: 22.5431, longitude: 114.0579), radius: 200))

    let cluster: EmbeddedCluster
    let producer: Producer
    /// Event times count back from now, so the lost-link rule (run on the wall clock when idle) sees live drones.
    let base = Clock.now().adding(milliseconds: -120_000)

    init() throws {
        cluster = try EmbeddedCluster()
        try cluster.createSystemTopics(partitions: 2)
        producer = try Producer(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]).withDefaults(EmbeddedCluster.producerTuning))
    }

    func service(group: String) throws -> AlertService {
        var configuration = StreamProcessor.Configuration(zones: [Self.zone])
        configuration.linkSilenceSeconds = 3_600
        return try AlertService(settings: AlertService.Settings(
            properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]),
            consumerTuning: EmbeddedCluster.consumerTuning.merging(["session.timeout.ms": "6000"]) { _, new in new },
            producerTuning: EmbeddedCluster.producerTuning, group: group, processor: configuration))
    }

    /// drone-001 flies north through the zone over `seconds`, one position a second; drone-002 stays clear.
    func fly(from startSecond: Int, through endSecond: Int) throws {
        for second in startSecond..<endSecond {
            let north = Double(second - 30) * 20 // inside the 200 m circle between seconds 21 and 39
            for (droneID, east) in [("drone-001", 0.0), ("drone-002", 2_000.0)] {
                let point = GeoPoint(latitude: 22.5431 + north / 111_195, longitude: 114.0579 + east / 102_700, altitude: 100)
                try producer.send(Event(id: "\(droneID)-\(second)", type: .droneLocationUpdated, source: "test",
                                        timestamp: base.adding(milliseconds: Int64(second) * 1000),
                                        payload: .droneLocation(DroneLocation(droneID: droneID, location: point, speed: 20))))
            }
        }
        #expect(producer.flush(timeoutMilliseconds: 10_000) == 0)
    }

    /// Steps the service until `done` holds or `seconds` pass.
    func run(_ service: AlertService, seconds: Double = 30, until done: (AlertService.Progress) -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !done(service.current), Date() < deadline {
            try service.step(maxWaitMilliseconds: 100)
        }
    }

    /// Everything on alert-events, read from the beginning.
    func alertEvents() throws -> [Event] {
        let consumer = try Consumer(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]).withDefaults(EmbeddedCluster.consumerTuning))
        let assigned = try consumer.assign(topics: [Topic.alertEvents.rawValue], from: .beginning)
        let total = try assigned.reduce(Int64(0)) { $0 + (try consumer.watermarks(topic: $1.topic, partition: $1.partition).high) }
        let reader = EventReader(consumer: consumer)
        var events: [Event] = []
        let deadline = Date().addingTimeInterval(10)
        while events.count < total, Date() < deadline {
            events += reader.readBatch(maxWaitMilliseconds: 100).events
        }
        return events
    }

    func lag(of group: String) throws -> Int64 {
        try LagReader(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]))
            .lag(of: group, topics: [Topic.droneEvents.rawValue]).totalLag
    }

    @Test("a drone flying through a zone raises one critical alert and resolves it; a restart raises nothing again; lag returns to 0")
    func zoneEntryRestartAndLag() throws {
        // Into the zone, then the service stops while the drone is still inside.
        try fly(from: 0, through: 30)
        do {
            let first = try service(group: "alert-service")
            try run(first) { $0.events >= 60 && $0.published >= 1 }
            #expect(first.current.events == 60)
        }
        var alerts = try alertEvents()
        #expect(alerts.map(\.type) == [.alertCreated])
        let raised = try #require(alerts.first)
        guard case .alert(let alert) = raised.payload else { Issue.record("not an alert"); return }
        #expect(alert.alertType == "no_fly_zone_violation")
        #expect(alert.level == .critical)
        #expect(alert.autoAction == "hold")
        #expect(alert.droneID == "drone-001")
        #expect(raised.source == "alert-service")
        #expect(try lag(of: "alert-service") == 0)

        // Still inside, then out: the restarted service takes the open alert over and resolves it.
        try fly(from: 30, through: 60)
        do {
            let second = try service(group: "alert-service")
            try run(second) { $0.events >= 60 && $0.statistics.resolved >= 1 }
            #expect(second.current.events == 60, "the restart reads on from the committed offsets")
        }
        alerts = try alertEvents()
        #expect(alerts.map(\.type) == [.alertCreated, .alertResolved])
        #expect(Set(alerts.compactMap { event -> String? in
            if case .alert(let update) = event.payload { return update.alertID }
            return nil
        }) == [alert.alertID])
        #expect(try lag(of: "alert-service") == 0)

        // A member that reprocesses everything (as after a crash before its commit) names the same alerts: nothing new.
        do {
            let redo = try service(group: "alert-service-redo")
            try run(redo, seconds: 15) { $0.events >= 120 }
            #expect(redo.current.events == 120)
            #expect(redo.current.statistics.published == 0)
        }
        #expect(try alertEvents().filter { $0.type == .alertCreated }.count == 1)
        #expect(try lag(of: "alert-service-redo") == 0)
    }
}
