import Synchronization

/// Whether the client can reach the cluster.
public enum ConnectionState: Hashable, Sendable {
    case connecting
    case up(brokers: Int)
    case down(reason: String)
}

/// Keeps an eye on a consumer's link to the cluster: a metadata request every few seconds,
/// and librdkafka's "all brokers down" error the moment it is raised.
public final class ConnectionWatch: Sendable {
    private let latest: LatestState
    private let ticker: WorkerThread

    public init(consumer: Consumer, intervalMilliseconds: Int32 = 2000, onChange: @escaping @Sendable (ConnectionState) -> Void) {
        let latest = LatestState(onChange: onChange)
        self.latest = latest
        ticker = WorkerThread(name: "flightdeck-connection", pauseMilliseconds: Int(intervalMilliseconds)) {
            do {
                latest.publish(.up(brokers: try consumer.metadata(timeoutMilliseconds: intervalMilliseconds).brokerCount))
            } catch {
                latest.publish(.down(reason: "\(error)"))
            }
        }
    }

    public func stop() {
        ticker.stop()
    }

    /// Feeds a client event; an "all brokers down" error marks the link down at once.
    public func observe(_ event: ClientEvent) {
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
