import FlightDeckCore
import FlightDeckSimulator
import Testing

@Suite struct FleetSimulatorTests {
    @Test func sameSeedReplaysTheSameEvents() {
        var first = FleetRun(seed: 42)
        var second = FleetRun(seed: 42)
        first.run(seconds: 120)
        second.run(seconds: 120)
        #expect(first.events.count > 1_000)
        #expect(first.events == second.events)
        #expect(first.simulator.drones == second.simulator.drones)
    }

    @Test func differentSeedsGiveDifferentFleets() {
        var first = FleetRun(seed: 1)
        var second = FleetRun(seed: 2)
        first.run(seconds: 30)
        second.run(seconds: 30)
        #expect(first.events.map(\.id) != second.events.map(\.id))
        #expect(first.simulator.drones.map(\.battery) != second.simulator.drones.map(\.battery))
    }

    @Test(arguments: [1, 7, 49, 50, 51, 333, 2_000])
    func tickEmitsAtLeastTheRequestedCount(count: Int) {
        var simulator = FleetSimulator(configuration: SimulatorConfiguration(seed: 3), startTime: FleetRun.start)
        for second in 1...20 {
            let events = simulator.tick(at: FleetRun.start.adding(milliseconds: Int64(second) * 1000), count: count)
            #expect(events.count >= count)
        }
    }

    @Test func tickVisitsEveryDroneRoundRobin() {
        var simulator = FleetSimulator(configuration: SimulatorConfiguration(droneCount: 12, seed: 5),
                                       startTime: FleetRun.start)
        let events = simulator.tick(at: FleetRun.start.adding(milliseconds: 100), count: 60)
        let positionReports = events.filter { $0.type == .droneTelemetry || $0.type == .droneLocationUpdated }
        let order = positionReports.compactMap(\.droneID)
        #expect(Array(order.prefix(12)) == simulator.droneIDs)
        #expect(Set(order) == Set(simulator.droneIDs))
    }

    @Test func positionReportsAlternateTelemetryAndLocation() {
        var run = FleetRun(droneCount: 3, eventsPerTick: 3)
        run.run(seconds: 5)
        let types = run.events(of: "drone-002")
            .filter { $0.type == .droneTelemetry || $0.type == .droneLocationUpdated }
            .map(\.type)
        #expect(types.count >= 10)
        for (earlier, later) in zip(types, types.dropFirst()) {
            #expect(earlier != later)
        }
    }

    @Test func droneIDsAreZeroPaddedToSort() {
        let small = FleetSimulator(configuration: SimulatorConfiguration(droneCount: 50), startTime: FleetRun.start)
        #expect(small.droneIDs.first == "drone-001")
        #expect(small.droneIDs.last == "drone-050")
        #expect(small.droneIDs == small.droneIDs.sorted())

        let large = FleetSimulator(configuration: SimulatorConfiguration(droneCount: 1_200), startTime: FleetRun.start)
        #expect(large.droneIDs.first == "drone-0001")
        #expect(large.droneIDs.last == "drone-1200")
        #expect(Set(large.droneIDs).count == 1_200)
    }

    @Test func anEmptyFleetIsRaisedToOneDrone() {
        var simulator = FleetSimulator(configuration: SimulatorConfiguration(droneCount: 0), startTime: FleetRun.start)
        #expect(simulator.droneIDs == ["drone-001"])
        #expect(simulator.tick(at: FleetRun.start, count: 10).count >= 10)
    }

    @Test func validationNamesWhatToChange() {
        #expect(throws: SimulatorConfigurationError.noDrones(0)) {
            try SimulatorConfiguration(droneCount: 0).validate()
        }
        #expect(throws: SimulatorConfigurationError.invalidTimeScale(-1)) {
            try SimulatorConfiguration(timeScale: -1).validate()
        }
        #expect(throws: SimulatorConfigurationError.noBases(0)) {
            try SimulatorConfiguration(baseCount: 0).validate()
        }
        #expect(throws: Never.self) { try SimulatorConfiguration().validate() }
        #expect(SimulatorConfigurationError.noDrones(0).description.contains("at least 1"))
    }

    @Test func dronesStartOnTheGroundAtSeveralBases() {
        let simulator = FleetSimulator(configuration: SimulatorConfiguration(baseCount: 4), startTime: FleetRun.start)
        let drones = simulator.drones
        #expect(drones.allSatisfy { !$0.status.isAirborne && $0.distanceFromHome == 0 })
        #expect(drones.contains { $0.status == .idle } && drones.contains { $0.status == .charging })
        let centre = SimulatorConfiguration.shenzhen
        let baseDistances = drones.map { (metres(from: centre, to: $0.home) / 1_000).rounded() }
        #expect(Set(baseDistances) == [0, 4])
        #expect(drones.allSatisfy { metres(from: centre, to: $0.home) < 4_200 })
    }

    @Test func eventIDsAreUniqueVersion4UUIDs() {
        var run = FleetRun()
        run.run(seconds: 60)
        let ids = run.events.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(2_000) {
            let bytes = Array(id.utf8)
            #expect(bytes.count == 36)
            #expect([8, 13, 18, 23].allSatisfy { bytes[$0] == UInt8(ascii: "-") })
            #expect(bytes[14] == UInt8(ascii: "4"))
            #expect("89ab".utf8.contains(bytes[19]))
            #expect(id == id.lowercased())
        }
    }

    @Test func frozenTimeMovesNothing() {
        var run = FleetRun(timeScale: 0)
        let before = run.simulator.drones
        run.run(seconds: 60)
        #expect(run.simulator.drones == before)
        #expect(!run.events.contains { $0.type == .taskCreated })
    }
}
