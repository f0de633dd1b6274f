import Synchronization

/// Pairs librdkafka's delivery reports with the completions waiting for them, and counts the outcomes.
final class DeliveryLedger: Sendable {
    private let completions = Mutex<[UInt: @Sendable (DeliveryResult) -> Void]>([:])
    private let statistics = Mutex(Producer.Statistics())
    private let nextToken = Atomic<UInt>(1)

    /// A token to pass as the message's opaque; 0 when nobody waits for the report.
    func register(_ completion: (@Sendable (DeliveryResult) -> Void)?) -> UInt {
        guard let completion else { return 0 }
        let token = nextToken.wrappingAdd(1, ordering: .relaxed).oldValue
        completions.withLock { $0[token] = completion }
        return token
    }

    /// Forgets a token whose message never made it into librdkafka's queue.
    func cancel(_ token: UInt) {
        completions.withLock { _ = $0.removeValue(forKey: token) }
    }

    func settle(_ token: UInt, with result: DeliveryResult) {
        statistics.withLock { stats in
            switch result {
            case .success:
                stats.delivered += 1
            case .failure(let error):
                stats.failed += 1
                stats.lastFailure = error.description
            }
        }
        guard token != 0, let completion = completions.withLock({ $0.removeValue(forKey: token) }) else { return }
        completion(result)
    }

    var currentStatistics: Producer.Statistics { statistics.withLock { $0 } }
}
