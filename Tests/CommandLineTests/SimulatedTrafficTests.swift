@testable import flightdeck
import FlightDeckCore
import FlightDeckKafka
import FlightDeckSimulator
import Foundation
import Testing

/// The simulated fleet's own traffic through Kafka and the alert service gives the very alerts the pure rules
/// give on the same events: the Kafka side adds, drops and renames nothing.
@Suite("Simulated traffic through the alert service")
struct SimulatedTrafficTests {
    /// Per-drone rules only: no fleet bursts, no rate limits, no resolutions within the run, so the outcome
    /// depends on each drone's own event order, which Kafka keeps (one key, one partition).
    static var configuration: StreamProcessor.Configuration {
        var configuration = StreamProcessor.Configuration(zones: [
            NoFlyZone(id: "centre", name: "Centre", shape: .circle(center: SimulatorConfiguration.shenzhen, radius: 1_200), floor: 30),
            NoFlyZone(id: "east", name: "East", shape: .polygon([
                GeoPoint(latitude: 22.535, longitude: 114.062), GeoPoint(latitude: 22.555, longitude: 114.062),
                GeoPoint(latitude: 22.555, longitude: 114.080), GeoPoint(latitude: 22.535, longitude: 114.080),
            ])),
        ])
        configuration.linkSilenceSeconds = 3_600
        configuration.alerts.settleSeconds = 3_600
        configuration.alerts.burstDrones = .max
        configuration.alerts.perDroneLimit = .max
        configuration.alerts.globalLimit = .max
        return configuration
    }

    @Test("the service publishes exactly the alerts the rules raise on the simulator's events")
    func sameAlertsAsThePureRules() throws {
        let traffic = try ProcessingCluster()
        let start = Clock.now().adding(milliseconds: -180_000)
        var simulator = FleetSimulator(configuration: SimulatorConfiguration(droneCount: 20, seed: 5, timeScale: 20), startTime: start)
        var events: [Event] = []
        for step in 0..<1_200 {
            events += simulator.tick(at: start.adding(milliseconds: Int64(step) * 100), count: 5)
        }
        var rules = StreamProcessor(configuration: Self.configuration)
        let expected = Set(events.flatMap { rules.process($0) }.filter { $0.type == .alertCreated }.compactMap(\.alertUpdate?.alertID))
        #expect(expected.count >= 5, "the simulated flight should cross the zones and drain batteries; got \(expected.count) alerts")

        for event in events { try traffic.producer.send(event) }
        #expect(traffic.producer.flush(timeoutMilliseconds: 10_000) == 0)
        let droneEvents = events.count { $0.type.category == .drone }
        let service = try AlertService(settings: AlertService.Settings(
            properties: traffic.properties,
            consumerTuning: EmbeddedCluster.consumerTuning.merging(["session.timeout.ms": "6000"]) { _, new in new },
            producerTuning: EmbeddedCluster.producerTuning, group: "alert-service", processor: Self.configuration))
        let deadline = Date().addingTimeInterval(30)
        while service.current.events < droneEvents, Date() < deadline {
            try service.step(maxWaitMilliseconds: 100)
        }
        #expect(service.current.events == droneEvents)
        // The simulator's own alerts are on the topic too; the service's ids start with AlertID.prefix.
        let published = try traffic.events(on: Topic.alertEvents.rawValue)
            .filter { $0.type == .alertCreated && $0.alertUpdate?.alertID.hasPrefix(AlertID.prefix) == true }
        #expect(Set(published.compactMap(\.alertUpdate?.alertID)) == expected)
        #expect(published.count == expected.count, "each alert once")
        let lag = try LagReader(properties: traffic.properties).lag(of: "alert-service", topics: [Topic.droneEvents.rawValue])
        #expect(lag.totalLag == 0)
    }
}
