import Synchronization

/// Whether the client can reach the cluster.
public enum ConnectionState: Hashable, Sendable {
    case connecting
    case up(brokers: Int)
    case down(reason: String)
}

/// Keeps an eye on a consumer's link to the cluster: a metadata request every few seconds, librdkafka's
/// "all brokers down" error the moment it is raised, and a look at once whenever a connection fails.
///
/// "All brokers down" alone is not enough: librdkafka counts a broker it never connected to (the bootstrap
/// address, once the real brokers are known) as not down, so a busy consumer may never raise it. A look
/// waits at most `answerMilliseconds` for any broker to answer, so a lost cluster shows within about a second.
public final class ConnectionWatch: Sendable {
    private let latest: LatestState
    private let ticker: WorkerThread

    public init(consumer: Consumer, intervalMilliseconds: Int = 2000, answerMilliseconds: Int32 = 1000,
                onChange: @escaping @Sendable (ConnectionState) -> Void) {
        let latest = LatestState(onChange: onChange)
        self.latest = latest
        ticker = WorkerThread(name: "flightdeck-connection", pauseMilliseconds: intervalMilliseconds) {
            do {
                latest.publish(.up(brokers: try consumer.metadata(timeoutMilliseconds: answerMilliseconds).brokerCount))
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

/// The last state seen, telling its owner only about changes.
private final class LatestState: Sendable {
    private let state = Mutex(ConnectionState.connecting)
    private let onChange: @Sendable (ConnectionState) -> Void

    init(onChange: @escaping @Sendable (ConnectionState) -> Void) {
        self.onChange = onChange
    }

    var value: ConnectionState { state.withLock { $0 } }

    func publish(_ next: ConnectionState) {
        let changed = state.withLock { current in
            defer { current = next }
            return current != next
        }
        if changed { onChange(next) }
    }
}
