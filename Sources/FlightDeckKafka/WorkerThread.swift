import Foundation
import Synchronization

/// A named thread running one loop until stopped: Kafka polling and everything else that must stay off the UI thread.
public final class WorkerThread: Sendable {
    private let running = Atomic<Bool>(true)
    private let wakeSignal = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `body` on a new thread. The body loops while `isRunning` holds and should return soon after it stops holding.
    public init(name: String, body: @escaping @Sendable (WorkerThread) -> Void) {
        let thread = Thread { [self] in
            body(self)
            finished.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Calls `step` until stopped, pausing `pauseMilliseconds` between calls.
    public convenience init(name: String, pauseMilliseconds: Int = 0, repeating step: @escaping @Sendable () -> Void) {
        self.init(name: name) { worker in
            while worker.isRunning {
                step()
                if pauseMilliseconds > 0 { worker.pause(milliseconds: pauseMilliseconds) }
            }
        }
    }

    public var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Sleeps up to `milliseconds`; `stop()` cuts it short.
    public func pause(milliseconds: Int) {
        _ = wakeSignal.wait(timeout: .now() + .milliseconds(milliseconds))
    }

    /// Cuts the current (or next) pause short, so the body sees new work without waiting out its poll interval.
    public func wake() {
        wakeSignal.signal()
    }

    /// Stops the loop and waits for the body to return.
    public func stop() {
        guard running.exchange(false, ordering: .acquiringAndReleasing) else { return }
        wakeSignal.signal()
        finished.wait()
    }

    /// Stops the loop and waits at most `seconds` for the body to return; returns whether it did. For a body
    /// that may sit in a Kafka request while no broker answers: a process on its way out need not wait for it.
    @discardableResult
    public func stop(waitingUpTo seconds: Double) -> Bool {
        guard running.exchange(false, ordering: .acquiringAndReleasing) else { return true }
        wakeSignal.signal()
        guard finished.wait(timeout: .now() + .milliseconds(Int(seconds * 1000))) == .success else { return false }
        return true
    }
}
