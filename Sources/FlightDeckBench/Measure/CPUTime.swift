import Glibc

/// CPU time (user + system) spent so far, from `getrusage`.
public struct CPUTime: Hashable, Sendable {
    public var seconds: Double

    /// The calling thread alone: the consumer loop, without librdkafka's and the mock brokers' threads.
    public static func currentThread() -> CPUTime { usage(threadScope) }

    /// The whole process: every thread, the in-process mock brokers included.
    public static func process() -> CPUTime { usage(__rusage_who_t(RUSAGE_SELF.rawValue)) }

    /// Child processes that have been waited for, such as finished kcat runs.
    public static func children() -> CPUTime { usage(__rusage_who_t(RUSAGE_CHILDREN.rawValue)) }

    /// `RUSAGE_THREAD`, which Glibc declares only for `_GNU_SOURCE` and so does not reach Swift.
    private static let threadScope: __rusage_who_t = 1

    public static func - (lhs: CPUTime, rhs: CPUTime) -> CPUTime {
        CPUTime(seconds: lhs.seconds - rhs.seconds)
    }

    private static func usage(_ who: __rusage_who_t) -> CPUTime {
        var usage = rusage()
        getrusage(who, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return CPUTime(seconds: user + system)
    }
}
