import FlightDeckCore
import Foundation

/// The wall clock, for event timestamps; durations are measured on `MonotonicClock`.
enum WallClock {
    static func now() -> Timestamp {
        Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970)
    }
}
