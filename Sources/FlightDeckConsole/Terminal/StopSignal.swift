import Glibc
import Synchronization

/// SIGINT, SIGTERM and SIGHUP ask the console to stop. The handler only records the signal in an atomic that the
/// loop checks, because curses (and almost everything else) must not be called from a signal handler; the
/// loop then restores the terminal on its normal way out.
enum StopSignal {
    private static let signalNumber = Atomic<Int32>(0)

    /// The handlers that were in place before `install()`, to put back on the way out.
    struct PreviousHandlers {
        fileprivate let interrupt: __sighandler_t?
        fileprivate let terminate: __sighandler_t?
        fileprivate let hangUp: __sighandler_t?

        func restore() {
            signal(SIGINT, interrupt)
            signal(SIGTERM, terminate)
            signal(SIGHUP, hangUp)
        }
    }

    static func install() -> PreviousHandlers {
        signalNumber.store(0, ordering: .relaxed)
        let handler: @convention(c) (Int32) -> Void = { number in StopSignal.signalNumber.store(number, ordering: .relaxed) }
        return PreviousHandlers(interrupt: signal(SIGINT, handler), terminate: signal(SIGTERM, handler),
                                hangUp: signal(SIGHUP, handler))
    }

    /// The stop signal received since `install()`, if any.
    static var received: Int32? {
        let number = signalNumber.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
