/// Caps the frame rate: says when the next frame is due on a monotonic clock.
struct FramePacer {
    let interval: Duration
    private var nextFrame: ContinuousClock.Instant

    init(framesPerSecond: Int, start: ContinuousClock.Instant) {
        interval = .milliseconds(1000 / max(1, framesPerSecond))
        nextFrame = start
    }

    /// Whole milliseconds until the next frame, 0 when it is due.
    func millisecondsUntilDue(at now: ContinuousClock.Instant) -> Int {
        guard now < nextFrame else { return 0 }
        let (seconds, attoseconds) = (nextFrame - now).components
        return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// Whether a frame is due at `now`; when it is, schedules the one after it.
    mutating func takeFrame(at now: ContinuousClock.Instant) -> Bool {
        guard now >= nextFrame else { return false }
        nextFrame += interval
        if nextFrame < now {
            nextFrame = now + interval
        }
        return true
    }
}
