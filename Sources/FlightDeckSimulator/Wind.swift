import FlightDeckCore
import Foundation

/// The wind over one flight. The drone plans its return on still air, so a headwind home makes it
/// land with less battery than planned, now and then below the critical threshold.
struct Wind: Hashable, Sendable {
    /// Metres per second.
    let speed: Double
    /// Degrees from north the wind blows from.
    let fromBearing: Double

    static let calm = Wind(speed: 0, fromBearing: 0)

    init(speed: Double, fromBearing: Double) {
        self.speed = speed
        self.fromBearing = fromBearing
    }

    init(using generator: inout SeededGenerator) {
        speed = Double.random(in: 0...8, using: &generator)
        fromBearing = Double.random(in: 0..<360, using: &generator)
    }

    /// Drain relative to still air: up to a third more flying into the wind, less with it behind,
    /// a little more holding position in it.
    func drainFactor(heading: Double, isMoving: Bool) -> Double {
        guard isMoving else { return 1 + 0.02 * speed }
        return 1 + 0.04 * speed * cos((heading - fromBearing) * .pi / 180)
    }
}
