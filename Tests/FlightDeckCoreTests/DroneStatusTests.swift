import FlightDeckCore
import Testing

@Suite("Drone statuses")
struct DroneStatusTests {
    @Test("exactly the flight statuses count as airborne, whatever their length")
    func airborne() {
        let flying: [DroneStatus] = [.takingOff, .flying, .hovering, .returning, .landing]
        let allFlying = flying.allSatisfy(\.isAirborne)
        #expect(allFlying)
        let grounded: [DroneStatus] = [.idle, .charging, .offline, .maintenance, .emergency, "unknown", "", "flyinG", "landings"]
        let airborne = grounded.filter(\.isAirborne)
        #expect(airborne.isEmpty, "\(airborne) counted as airborne")
    }
}
