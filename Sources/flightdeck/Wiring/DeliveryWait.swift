import FlightDeckKafka
import Foundation
import Synchronization

/// Waits for one delivery report.
final class DeliveryWait: Sendable {
    private let result = Mutex<DeliveryResult?>(nil)
    private let arrived = DispatchSemaphore(value: 0)

    var settle: @Sendable (DeliveryResult) -> Void {
        { [self] outcome in
            result.withLock { $0 = outcome }
            arrived.signal()
        }
    }

    /// The report, or nil when none came in time.
    func wait(seconds: Double) -> DeliveryResult? {
        guard arrived.wait(timeout: .now() + seconds) == .success else { return nil }
        return result.withLock { $0 }
    }
}
