import FlightDeckCore
import Foundation

/// The wall clock, read only at the edges: the core and the console get time passed in.
enum Clock {
    static func now() -> Timestamp {
        Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970)
    }
}
