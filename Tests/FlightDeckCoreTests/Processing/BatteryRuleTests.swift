@testable import FlightDeckCore
import Testing

@Suite("Battery prediction")
struct BatteryRuleTests {
    /// Deterministic noise in ±amplitude.
    static func noise(_ index: Int, amplitude: Double) -> Double {
        let value = Double((index * 7919 + 13) % 101) / 100
        return (value * 2 - 1) * amplitude
    }

    @Test func drainRateIgnoresNoise() throws {
        var estimator = DrainEstimator(windowSeconds: 300, maxSamples: 30)
        for second in stride(from: 0, to: 100, by: 5) {
            estimator.add(80 - 0.1 * Double(second) + Self.noise(second, amplitude: 0.8), at: Traffic.at(Double(second)))
        }
        let rate = try #require(estimator.drainRate)
        #expect(abs(rate - 0.1) < 0.01, "estimated \(rate) %/s, drained 0.1 %/s")
    }

    @Test func drainRateShrugsOffAnOutlier() throws {
        var estimator = DrainEstimator(windowSeconds: 300, maxSamples: 30)
        for second in stride(from: 0, to: 100, by: 5) {
            let glitch = second == 50 ? -30.0 : 0
            estimator.add(80 - 0.1 * Double(second) + glitch, at: Traffic.at(Double(second)))
        }
        let rate = try #require(estimator.drainRate)
        #expect(abs(rate - 0.1) < 0.01, "one reading 30 points off moved the estimate to \(rate)")
    }

    @Test func chargingStartsTheEstimateAfresh() throws {
        var estimator = DrainEstimator()
        for second in 0..<10 { estimator.add(50 - Double(second), at: Traffic.at(Double(second))) }
        #expect(estimator.drainRate != nil)
        estimator.add(70, at: Traffic.at(10))
        #expect(estimator.drainRate == nil, "a rise is charging: the old drain says nothing now")
        for second in 11..<20 { estimator.add(70 + Double(second), at: Traffic.at(Double(second))) }
        #expect(estimator.drainRate == nil, "still charging: no drain")
    }

    @Test func predictsTheShortfallBeforeTheBatteryIsLow() {
        // Flown 5 km from home at 10 m/s, so ~630 s back with margins; 40% draining at 0.1 %/s leaves 300 s to the 10% reserve.
        let home = Traffic.shenzhen
        let far = Traffic.offset(home, north: 5_000)
        var processor = StreamProcessor(configuration: .init())
        var raised: [Event] = []
        raised += processor.process(Traffic.location("drone-001", home, at: 0))
        for step in 0..<12 {
            let second = 500 + Double(step) * 2
            raised += processor.process(Traffic.telemetry("drone-001", battery: 40 - 0.1 * (second - 500) + Self.noise(step, amplitude: 0.3),
                                                          at: second, location: far))
        }
        let predicted = raised.filter { $0.alert?.alertType == "battery_drain_predicted" }
        #expect(predicted.count == 1)
        #expect(predicted.first?.alert?.autoAction == "return_to_base")
        #expect(!raised.alertTypes.contains("battery_low"), "the battery is still above 20%")
    }

    @Test func noPredictionNearHome() {
        let home = Traffic.shenzhen
        var processor = StreamProcessor(configuration: .init())
        var raised: [Event] = processor.process(Traffic.location("drone-001", home, at: 0))
        for step in 0..<12 {
            let second = 10 + Double(step) * 2
            raised += processor.process(Traffic.telemetry("drone-001", battery: 40 - 0.1 * (second - 10), at: second,
                                                          location: Traffic.offset(home, north: 200)))
        }
        #expect(raised.isEmpty)
    }

    @Test func configuredBaseIsHome() {
        // First seen far out, but a base sits right below it: no shortfall.
        let far = Traffic.offset(Traffic.shenzhen, north: 5_000)
        var configuration = StreamProcessor.Configuration()
        configuration.battery.bases = [Traffic.shenzhen, far]
        var processor = StreamProcessor(configuration: configuration)
        var raised: [Event] = []
        for step in 0..<12 {
            raised += processor.process(Traffic.telemetry("drone-001", battery: 40 - 0.2 * Double(step), at: Double(step * 2), location: far))
        }
        #expect(raised.isEmpty)
    }

    @Test func lowBatteryRaisesReturnToBaseAndChargingClearsIt() {
        var processor = StreamProcessor(configuration: .init())
        #expect(processor.process(Traffic.telemetry("drone-001", battery: 21, at: 0)).isEmpty)
        let low = processor.process(Traffic.telemetry("drone-001", battery: 19.5, at: 10))
        #expect(low.alertTypes == ["battery_low"])
        #expect(low.first?.alert?.autoAction == "return_to_base")
        #expect(processor.process(Traffic.telemetry("drone-001", battery: 18, at: 20)).isEmpty, "already raised")
        _ = processor.process(Traffic.status("drone-001", .charging, at: 30))
        _ = processor.process(Traffic.telemetry("drone-001", battery: 30, at: 40))
        let resolved = processor.tick(now: Traffic.at(60))
        #expect(resolved.map(\.type) == [.alertResolved])
        #expect(resolved.first?.alert?.alertID == low.first?.alert?.alertID)
    }
}

@Suite("Median selection")
struct MedianSelectionTests {
    @Test func selectsWhatASortWouldPut() {
        var generator = SeededGenerator(seed: 3)
        for count in [1, 2, 3, 7, 20, 190] {
            let values = (0..<count).map { _ in Double(generator.next() % 50) / 7 }
            let sorted = values.sorted()
            for k in 0..<count {
                var scratch = values
                #expect(DrainEstimator.select(k, in: &scratch) == sorted[k])
                #expect(scratch[..<k].allSatisfy { $0 <= sorted[k] })
            }
        }
    }
}
