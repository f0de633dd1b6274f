import FlightDeckCore
import Foundation

/// Holds replayed events back so they come out at a multiple of the pace they were recorded at.
struct ReplayPace {
    let speed: ReplaySpeed
    private var anchor: (event: Timestamp, wall: Date)?

    init(speed: ReplaySpeed) {
        self.speed = speed
    }

    mutating func wait(for time: Timestamp) {
        guard case .factor(let factor) = speed else { return }
        guard let anchor else {
            anchor = (time, Date())
            return
        }
        let delay = anchor.wall.addingTimeInterval(time.seconds(since: anchor.event) / factor).timeIntervalSinceNow
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
    }
}
