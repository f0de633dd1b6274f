import Glibc

/// Nanoseconds on the system's monotonic clock: the same on every thread, never stepped by NTP,
/// so a time read on the producer thread can be subtracted from one read on the console thread.
enum MonotonicClock {
    static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func seconds(since start: UInt64) -> Double {
        Double(nanoseconds() &- start) / 1e9
    }
}
