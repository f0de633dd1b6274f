import Synchronization

/// Whether the client can reach the cluster.
public enum ConnectionState: Hashable, Sendable {
    case connecting
    case up(brokers: Int)
    case down(reason: String)
}

/// Keeps an eye on a consumer's link to the cluster: librdkafka's "all brokers down" error the moment it is
/// raised, and a metadata request twice a second (for the consumer's own topics only: cheap however many topics
/// the cluster has) that waits at most `answerMilliseconds` for any broker.
///
/// A broker that dies drops its connections and librdkafka says so at once; one cut off by the network, or hung,
/// keeps them open and silent, and only an unanswered request shows it: so a lost cluster shows within one and
/// a half seconds either way. A failed connection cuts the pause short.
public final class ConnectionWatch: Sendable {
    private let latest: LatestState
    private let ticker: WorkerThread

    public init(consumer: Consumer, intervalMilliseconds: Int = 500, answerMilliseconds: Int32 = 1000,
                onChange: @escaping @Sendable (ConnectionState) -> Void) {
        let latest = LatestState(onChange: onChange)
        self.latest = latest
        ticker = WorkerThread(name: "flightdeck-connection", pauseMilliseconds: intervalMilliseconds) {
            let downsBefore = latest.downs
            do {
                let metadata = try consumer.metadata(timeoutMilliseconds: answerMilliseconds, allTopics: false)
                latest.publish(.up(brokers: metadata.brokerCount), downsBefore: downsBefore)
            } catch {
                latest.publish(.down(reason: "\(error)"))
            }
        }
    }

    public func stop() {
        ticker.stop()
    }

    /// Stops, waiting at most `seconds` for a metadata request in flight.
    public func stop(waitingUpTo seconds: Double) {
        ticker.stop(waitingUpTo: seconds)
    }

    /// Feeds a client event: "all brokers down" marks the link down at once; a failed connection cuts the
    /// pause short, so the cluster is asked again now instead of at the next interval.
    public func observe(_ event: ClientEvent) {
        if event.isTransportFailure {
            ticker.wake()
        }
        guard case .error(_, let reason, _) = event, event.meansAllBrokersDown else { return }
        latest.publish(.down(reason: reason))
    }

    public var current: ConnectionState { latest.value }
}

/// The last state seen, telling its owner only about changes, in the order they happened.
private final class LatestState: Sendable {
    private struct Record {
        var state = ConnectionState.connecting
        /// How many times the link has been found down.
        var downs = 0
    }

    private let record = Mutex(Record())
    private let onChange: @Sendable (ConnectionState) -> Void

    init(onChange: @escaping @Sendable (ConnectionState) -> Void) {
        self.onChange = onChange
    }

    var value: ConnectionState { record.withLock { $0.state } }

    /// Down reports so far: a look that began before the latest cannot vouch that the link is up.
    var downs: Int { record.withLock { $0.downs } }

    /// Records `next`; an `up` from a look begun when `downs` was `downsBefore` is dropped if the link was
    /// found down since. The owner hears of a change under the lock, so never out of order.
    func publish(_ next: ConnectionState, downsBefore: Int? = nil) {
        record.withLock { record in
            if case .down = next {
                record.downs += 1
            } else if let downsBefore, downsBefore != record.downs {
                return
            }
            guard record.state != next else { return }
            record.state = next
            onChange(next)
        }
    }
}
