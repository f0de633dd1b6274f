@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

/// `flightdeck process` on the embedded cluster: simulated traffic in, the expected alerts out, and a restart
/// that raises nothing twice.
@Suite("Alert service on the embedded cluster", .serialized)
struct AlertServiceTests {
    let traffic: ProcessingCluster

    init() throws {
        traffic = try ProcessingCluster()
    }

    var cluster: EmbeddedCluster { traffic.cluster }

    func service(group: String) throws -> AlertService {
        var configuration = StreamProcessor.Configuration(zones: [ProcessingCluster.zone])
        configuration.linkSilenceSeconds = 3_600
        return try AlertService(settings: AlertService.Settings(
            properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]),
            consumerTuning: EmbeddedCluster.consumerTuning.merging(["session.timeout.ms": "6000"]) { _, new in new },
            producerTuning: EmbeddedCluster.producerTuning, group: group, processor: configuration))
    }

    /// Steps the service until `done` holds or `seconds` pass.
    func run(_ service: AlertService, seconds: Double = 30, until done: (AlertService.Progress) -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !done(service.current), Date() < deadline {
            try service.step(maxWaitMilliseconds: 100)
        }
    }

    func lag(of group: String) throws -> Int64 {
        try LagReader(properties: KafkaProperties(["bootstrap.servers": cluster.bootstrapServers]))
            .lag(of: group, topics: [Topic.droneEvents.rawValue]).totalLag
    }

    @Test("a drone flying through a zone raises one critical alert and resolves it; a restart raises nothing again; lag returns to 0")
    func zoneEntryRestartAndLag() throws {
        // Into the zone, then the service stops while the drone is still inside.
        try traffic.fly("drone-001", from: 0, through: 30)
        do {
            let first = try service(group: "alert-service")
            try run(first) { $0.events >= 30 && $0.published >= 1 }
            #expect(first.current.events == 30)
        }
        var alerts = try traffic.events(on: Topic.alertEvents.rawValue)
        #expect(alerts.map(\.type) == [.alertCreated])
        let raised = try #require(alerts.first)
        let alert = try #require(raised.alertUpdate)
        #expect(alert.alertType == "no_fly_zone_violation")
        #expect(alert.level == .critical)
        #expect(alert.autoAction == "hold")
        #expect(alert.droneID == "drone-001")
        #expect(raised.source == "alert-service")
        #expect(try lag(of: "alert-service") == 0)

        // Still inside, then out: the restarted service takes the open alert over and resolves it.
        try traffic.fly("drone-001", from: 30, through: 60)
        do {
            let second = try service(group: "alert-service")
            try run(second) { $0.events >= 30 && $0.statistics.resolved >= 1 }
            #expect(second.current.events == 30, "the restart reads on from the committed offsets")
        }
        alerts = try traffic.events(on: Topic.alertEvents.rawValue)
        #expect(alerts.map(\.type) == [.alertCreated, .alertResolved])
        #expect(Set(alerts.compactMap { $0.alertUpdate?.alertID }) == [alert.alertID])
        #expect(try lag(of: "alert-service") == 0)

        // A member that reprocesses everything (as after a crash before its commit) names the same alerts: nothing new.
        do {
            let redo = try service(group: "alert-service-redo")
            try run(redo, seconds: 15) { $0.events >= 60 }
            #expect(redo.current.events == 60)
            #expect(redo.current.statistics.published == 0)
        }
        #expect(try traffic.events(on: Topic.alertEvents.rawValue).filter { $0.type == .alertCreated }.count == 1)
        #expect(try lag(of: "alert-service-redo") == 0)
    }
}
