import FlightDeckCore
import Testing
@testable import FlightDeckBench

@Suite("Stream processing benchmark")
struct ProcessBenchmarkTests {
    @Test func stormRaisesExactlyTheConditionsAskedFor() {
        var aggregator = AlertAggregator()
        let statistics = AlertStorm(conditions: 2_345, drones: 100).run(through: &aggregator, from: Timestamp(millisecondsSinceEpoch: 0))
        #expect(statistics.raised == 2_345)
        #expect(statistics.published > 0)
        #expect(statistics.published * 20 < statistics.raised, "\(statistics.published) alerts for \(statistics.raised) conditions")
    }

    @Test func reportCarriesTheWorkloadAndTheStorm() throws {
        let report = try ProcessBenchmark(configuration: .init(events: 2_000, drones: 50, runs: 1, zones: 4, stormConditions: 1_000), log: { _ in }).run()
        #expect(report.decodedEvents == 2_000)
        #expect(report.storm.raised == 1_000)
        #expect(report.eventsPerSecond.count == 1)
        #expect(report.textLines.contains { $0.hasPrefix("storm: 1,000 raw conditions") })
    }

    @Test func zonesAlternateCirclesAndPolygons() {
        let zones = ProcessBenchmark.zones(count: 4)
        #expect(zones.count == 4)
        #expect(zones.filter { if case .circle = $0.shape { true } else { false } }.count == 2)
        #expect(Set(zones.map(\.id)).count == 4)
    }
}
