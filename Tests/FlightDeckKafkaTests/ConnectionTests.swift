import FlightDeckCore
import FlightDeckKafka
import Foundation
import Testing

@Suite("Connection state")
struct ConnectionTests {
    @Test("the watch reports up, then down when every broker goes, then up again")
    func upDownUp() throws {
        let cluster = try TestCluster()
        let states = StateLog()
        let consumer = try cluster.consumer(["reconnect.backoff.max.ms": "500", "socket.connection.setup.timeout.ms": "1000"])
        let watch = ConnectionWatch(consumer: consumer, intervalMilliseconds: 300) { states.append($0) }
        defer { watch.stop() }

        #expect(states.waitFor(seconds: 10) { if case .up = $0 { true } else { false } })
        for broker in 1...cluster.cluster.brokerCount { cluster.cluster.setBroker(broker, up: false) }
        #expect(states.waitFor(seconds: 10) { if case .down = $0 { true } else { false } })
        for broker in 1...cluster.cluster.brokerCount { cluster.cluster.setBroker(broker, up: true) }
        #expect(states.waitFor(seconds: 15) { if case .up = $0 { true } else { false } })
    }
}

final class StateLog: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [ConnectionState] = []

    func append(_ state: ConnectionState) { lock.withLock { states.append(state) } }

    /// Waits until the newest state matches.
    func waitFor(seconds: Double, _ matches: (ConnectionState) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let last = lock.withLock({ states.last }), matches(last) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
