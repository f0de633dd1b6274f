import FlightDeckCore
import Foundation

extension SeededGenerator {
    /// Whether an event with `ratePerSecond` happens within `seconds`, as in a Poisson process.
    mutating func happens(ratePerSecond: Double, within seconds: Double) -> Bool {
        guard ratePerSecond > 0, seconds > 0 else { return false }
        return Double.random(in: 0..<1, using: &self) < 1 - exp(-ratePerSecond * seconds)
    }
}
